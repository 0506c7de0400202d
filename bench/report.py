"""Report benchmark: the consolidated workbook of a demo store, against raw xlsxwriter writing
the same sheets' cells, with the report's peak memory.

Prints figures measured in this one run; it asserts nothing about time. Goals (issue 9):
  report time / raw xlsxwriter constant_memory write of the same cells   <= 1.3
  report peak memory (VmHWM of the child process that writes it)        <= 400 MB

Each part runs in its own child process (so its peak memory is its own):
  report      jobs.report_file: sync sheets, Tổng hợp, data, review and coverage sheets
  export      jobs.export_file alone (the sync sheets), for comparison
  indicators  jobs.indicator_results alone (the pass over the store and pandas)
  raw         bare xlsxwriter writing every cell of the report (read back with calamine
              first, outside the timing), same options, write_string / write_number

  .venv/bin/python bench/report.py                       # 10k demo responses
  .venv/bin/python bench/report.py --responses 50000
  .venv/bin/python bench/report.py --db /tmp/s.sqlite    # build that store once, then reuse it

A bench may import calamine and xlsxwriter directly: it measures them, it is not the app.
"""

from __future__ import annotations

import argparse
import json
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
    start = time.perf_counter()
    stats = jobs.report_file(Path(db), Path(out), forms)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "max_rss_mb": peak_mb(), "rss_ready_mb": ready,
            "sheets": len(stats.sheets), "indicators": len(stats.results.indicators)}


def run_export(db: str, out: str) -> dict:
    forms = jobs.catalog().forms
    start = time.perf_counter()
    jobs.export_file(Path(db), Path(out), forms)
    return {"seconds": time.perf_counter() - start, "max_rss_mb": peak_mb()}


def run_indicators(db: str) -> dict:
    forms = jobs.catalog().forms
    start = time.perf_counter()
    results = jobs.indicator_results(Path(db), forms)
    return {"seconds": time.perf_counter() - start, "max_rss_mb": peak_mb(),
            "counted": results.counted}


def run_raw(source: str, out: str) -> dict:
    """Every cell of the written report, written again by bare xlsxwriter (same options)."""
    import datetime as dt

    import xlsxwriter
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(source)
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    cells = sum(len(r) for _, rows in sheets for r in rows)
    start = time.perf_counter()
    target = xlsxwriter.Workbook(out, OPTIONS)
    day = target.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in sheets:
        ws = target.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == "" or value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                elif isinstance(value, (dt.date, dt.datetime)):
                    ws.write_datetime(r, c, value, day)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value)
    target.close()
    return {"seconds": time.perf_counter() - start, "cells": cells}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-report-") as tmp:
        db = args.db or Path(tmp) / "demo.sqlite"
        if not db.exists():
            start = time.perf_counter()
            jobs.demo(db, jobs.catalog().forms, responses=args.responses, seed=1)
            print(f"demo store of {args.responses} responses: {time.perf_counter() - start:.1f} s")
        out = str(Path(tmp) / "report.xlsx")
        report = child("report", str(db), out)
        export = child("export", str(db), str(Path(tmp) / "export.xlsx"))
        indicators = child("indicators", str(db))
        raw = child("raw", out, str(Path(tmp) / "raw.xlsx"))
        size = Path(out).stat().st_size / 1e6
    print(f"report: {report['seconds']:.2f} s for {indicators['counted']} complete responses "
          f"counted, {report['indicators']} indicators, {report['sheets']} sheets, {size:.1f} MB")
    print(f"  of which the sync sheets alone (export): {export['seconds']:.2f} s; the "
          f"indicators alone (a pass and pandas): {indicators['seconds']:.2f} s")
    print(f"raw xlsxwriter writing the same {raw['cells']} cells: {raw['seconds']:.2f} s; "
          f"report / raw = {report['seconds'] / raw['seconds']:.2f}x   (goal <= 1.3)")
    print(f"report peak memory (VmHWM): {report['max_rss_mb']:.0f} MB, of which "
          f"{report['rss_ready_mb']:.0f} MB before it started   (goal <= 400 MB)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("report", "export", "indicators", "raw"):
        name, *rest = sys.argv[1:]
        found = {"report": run_report, "export": run_export, "indicators": run_indicators,
                 "raw": run_raw}[name](*rest)
        print(json.dumps(found))
        sys.exit(0)
    sys.exit(main())
