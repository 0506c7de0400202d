"""Report benchmark: the consolidated workbook of a demo store, against raw xlsxwriter writing
the same sheets' cells, with the report's peak memory.

Prints figures measured in this one run; it asserts nothing about time. Goals (issue 9):
  report time / raw xlsxwriter constant_memory write of the same cells   <= 1.3
  report peak memory (VmHWM of the child process that writes it)        <= 400 MB

Each time is wall-clock seconds, with the child's CPU seconds beside it (a CPU figure well
below the wall one means the machine was busy with something else). `--repeat N` runs report
and raw alternately N times and prints every time, and the ratio of the fastest of each and
of the medians: on a shared machine other work only ever adds time.

The report writes most rows as the XML xlsxwriter would write for them, without its work per
cell (core/workbook/rowxml.py), so it can beat raw xlsxwriter: the bench also prints the same
cells written that way, so the report's own share stays visible and is not hidden in the ratio.

Each part runs in its own child process (so its peak memory is its own):
  report      jobs.report_file: sync sheets, Tổng hợp, data, review and coverage sheets
  export      jobs.export_file alone (the sync sheets), for comparison
  indicators  jobs.indicator_results alone (the pass over the store and pandas)
  raw         bare xlsxwriter writing every cell of the report (read back with calamine
              first, outside the timing), same options, write_string / write_number
  raw straight  the same cells, each row through rowxml.RowBuffer (the report's way)

  .venv/bin/python bench/report.py                       # 10k demo responses
  .venv/bin/python bench/report.py --responses 50000
  .venv/bin/python bench/report.py --db /tmp/s.sqlite    # build that store once, then reuse it
  .venv/bin/python bench/report.py --db /tmp/s.sqlite --repeat 3

A bench may import calamine and xlsxwriter directly: it measures them, it is not the app.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyor.core import jobs

OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
           "strings_to_urls": False}


def peak_mb() -> float:
    """This process's peak resident memory in MB (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_report(db: str, out: str) -> dict:
    forms = jobs.catalog().forms
    ready = peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    stats = jobs.report_file(Path(db), Path(out), forms)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "max_rss_mb": peak_mb(),
            "rss_ready_mb": ready, "sheets": len(stats.sheets),
            "indicators": len(stats.results.indicators)}


def run_export(db: str, out: str) -> dict:
    forms = jobs.catalog().forms
    start, cpu = time.perf_counter(), time.process_time()
    jobs.export_file(Path(db), Path(out), forms)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "max_rss_mb": peak_mb()}


def run_indicators(db: str) -> dict:
    forms = jobs.catalog().forms
    start, cpu = time.perf_counter(), time.process_time()
    results = jobs.indicator_results(Path(db), forms)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "max_rss_mb": peak_mb(), "counted": results.counted}


def run_raw(source: str, out: str, straight: str = "") -> dict:
    """Every cell of the written report, written again by bare xlsxwriter (same options);
    with `straight`, each row's cells through rowxml.RowBuffer, as the report writes them."""
    import datetime as dt

    import xlsxwriter
    from python_calamine import CalamineWorkbook

    from surveyor.core.workbook.rowxml import RowBuffer

    book = CalamineWorkbook.from_path(source)
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    cells = sum(len(r) for _, rows in sheets for r in rows)
    start, cpu = time.perf_counter(), time.process_time()
    target = xlsxwriter.Workbook(out, OPTIONS)
    day = target.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in sheets:
        ws = target.add_worksheet(name)
        if straight:
            buffer = RowBuffer(ws)
            write_string, write_number = buffer._write_string, buffer._write_number
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == "" or value is None:
                    continue
                if straight:
                    if isinstance(value, str):
                        write_string(r, c, value)
                    elif isinstance(value, (dt.date, dt.datetime)):
                        write_number(r, c, ws._convert_date_time(value), day)
                    elif isinstance(value, (int, float)):
                        write_number(r, c, value)
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                elif isinstance(value, (dt.date, dt.datetime)):
                    ws.write_datetime(r, c, value, day)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value)
            if straight:
                buffer.flush(r)
    target.close()
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "cells": cells}


def timed(found: dict) -> str:
    return f"{found['seconds']:.2f} s (cpu {found['cpu']:.2f} s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run report and raw alternately this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-report-") as tmp:
        db = args.db or Path(tmp) / "demo.sqlite"
        if not db.exists():
            start = time.perf_counter()
            jobs.demo(db, jobs.catalog().forms, responses=args.responses, seed=1)
            print(f"demo store of {args.responses} responses: {time.perf_counter() - start:.1f} s")
        out = str(Path(tmp) / "report.xlsx")
        reports, raws = [child("report", str(db), out)], []
        export = child("export", str(db), str(Path(tmp) / "export.xlsx"))
        indicators = child("indicators", str(db))
        raws.append(child("raw", out, str(Path(tmp) / "raw.xlsx")))
        for _ in range(args.repeat - 1):
            reports.append(child("report", str(db), out))
            raws.append(child("raw", out, str(Path(tmp) / "raw.xlsx")))
        straight = child("raw", out, str(Path(tmp) / "straight.xlsx"), "straight")
        size = Path(out).stat().st_size / 1e6
    report, raw = reports[0], raws[0]
    print(f"report: {timed(report)} for {indicators['counted']} complete responses "
          f"counted, {report['indicators']} indicators, {report['sheets']} sheets, {size:.1f} MB")
    print(f"  of which the sync sheets alone (export): {timed(export)}; the "
          f"indicators alone (a pass and pandas): {timed(indicators)}")
    print(f"raw xlsxwriter writing the same {raw['cells']} cells: {timed(raw)}; "
          f"report / raw = {report['seconds'] / raw['seconds']:.2f}x   (goal <= 1.3)")
    print(f"  the same cells written as the report writes its rows (rowxml.RowBuffer, the XML "
          f"xlsxwriter writes): {timed(straight)}; report / that = "
          f"{report['seconds'] / straight['seconds']:.2f}x")
    if args.repeat > 1:
        for name, runs in (("report", reports), ("raw", raws)):
            print(f"  {name} runs: " + ", ".join(timed(r) for r in runs))
        for how, pick in (("fastest", min), ("median", statistics.median)):
            wall = pick(r["seconds"] for r in reports) / pick(r["seconds"] for r in raws)
            cpu = pick(r["cpu"] for r in reports) / pick(r["cpu"] for r in raws)
            print(f"  report / raw, {how} of {args.repeat}: {wall:.2f}x wall, {cpu:.2f}x cpu")
    print(f"report peak memory (VmHWM): {max(r['max_rss_mb'] for r in reports):.0f} MB, of "
          f"which {report['rss_ready_mb']:.0f} MB before it started   (goal <= 400 MB)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("report", "export", "indicators", "raw"):
        name, *rest = sys.argv[1:]
        found = {"report": run_report, "export": run_export, "indicators": run_indicators,
                 "raw": run_raw}[name](*rest)
        print(json.dumps(found))
        sys.exit(0)
    sys.exit(main())
