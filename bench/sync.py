"""Sync benchmark: importing inspectors' workbooks (two shapes), and exporting a big store.

Prints figures measured in this one run; it asserts nothing about time. Goals (DESIGN, issue 13):
  `surveyor import` command, start to end / raw python-calamine read of the same files <= 1.5,
  for both shapes: 300 workbooks x 200 responses, and 10 workbooks x 3,000 responses
  export time / raw xlsxwriter constant_memory write of the cells  <= 1.2
  export peak memory (peak RSS, VmHWM, of the child process that exports) <= 300 MB

  .venv/bin/python bench/sync.py                  # both shapes (60k and 30k responses); export 50k
  .venv/bin/python bench/sync.py --small          # a tenth of each
  .venv/bin/python bench/sync.py --workbooks DIR  # make the workbooks in DIR once, reuse them
  .venv/bin/python bench/sync.py --src DIR        # time the command of another checkout (DIR
                                                  # holds its surveyor/), on the same workbooks
  .venv/bin/python bench/sync.py --profile        # also profile the import in this process
  .venv/bin/python bench/sync.py --no-export      # the import shapes only

The command is timed as a clerk runs it: a new process (`python -m surveyor import FILES…`)
into a fresh store, start-up and the last checkpoint included, with Python's bytecode cache
written (a warm-up import of the first file into another store compiles it first). The
raw read is calamine loading every sheet of every file, in this process, one after another.
The in-process import (import_workbooks) is timed too, with the CPU seconds of this process
and of the reading worker.

A bench may import calamine and xlsxwriter directly: it measures them, it is not the app.
Surveyor's modules are imported inside the functions that use them, as the CLI does: the import
starts a worker process, which loads the main module again (spawn), and should find it light.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WRITER_OPTIONS = {"constant_memory": True, "strings_to_formulas": False,
                  "strings_to_numbers": False, "strings_to_urls": False}


def generate(forms, folder: Path, inspectors: int, responses: int, seed: int) -> list[Path]:
    """Demo responses (their final states), dealt out to inspectors, one workbook each."""
    from surveyor.core.demo.samples import demo_responses
    from surveyor.core.workbook import write_workbook

    finals = [last_saved(states) for states in demo_responses(forms, responses, seed)]
    files = []
    for i in range(inspectors):
        share = finals[i::inspectors]
        path = folder / f"inspector-{i:03d}.xlsx"
        manifest = {"exported_by": f"bench inspector {i}", "device": f"bench-{i:03d}"}
        write_workbook(path, forms, iter(share), manifest=manifest, total=len(share))
        files.append(path)
    return files


def last_saved(states: list):
    """The last of a demo response's successive states, saved as the store would save them."""
    from surveyor.core.responses import saved

    parent = None
    for state in states:
        parent = saved(state, parent)
    return parent


def raw_read(files: list[Path]) -> float:
    """Seconds for python-calamine to load every sheet's cells of every file."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start


def timed_import(db: Path, files: list[Path], forms, profile: bool = False):
    """Seconds for Surveyor to import the files into a fresh store (closing it included: the
    last WAL checkpoint is part of the work), its report, and the CPU seconds it took in this
    process and in the worker process."""
    from surveyor.core.store import Store
    from surveyor.core.sync.merge import import_workbooks

    profiler = cProfile.Profile() if profile else None
    cpu = _cpu_seconds()
    with Store(db) as store:
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        report = import_workbooks(store, files, forms, who="bench")
        if profiler:
            profiler.disable()
    seconds = time.perf_counter() - start
    cpu = tuple(after - before for after, before in zip(_cpu_seconds(), cpu))
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return seconds, report, cpu


def _cpu_seconds() -> tuple[float, float]:
    """User+system CPU seconds of this process, and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def child(*args: str) -> dict:
    """Run this script in a child process for one measurement; its JSON answer."""
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_export(db: str, out: str) -> None:
    """(child) Export the whole store; print seconds, rows and this process's max RSS."""
    from surveyor import paths
    from surveyor.core.forms.xlsform import load_forms
    from surveyor.core.store import Store
    from surveyor.core.sync.export import export_workbook

    forms = load_forms(paths.forms_dir())
    with Store(db) as store:
        ready = _max_rss_mb()
        start = time.perf_counter()
        stats = export_workbook(store, out, forms, who="bench")
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "rows": dict(stats.rows), "rss_ready_mb": ready,
                      "max_rss_mb": _max_rss_mb()}))


def child_raw_write(source: str, out: str) -> None:
    """(child) Write the cells of `source` again with bare xlsxwriter; print the write time."""
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(source)
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(out, WRITER_OPTIONS)
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in sheets:
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if isinstance(value, (dt.date, dt.datetime)):
                    sheet.write_datetime(r, c, value, date_format)
                else:
                    sheet.write(r, c, value)
    workbook.close()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "max_rss_mb": _max_rss_mb()}))


def _max_rss_mb() -> float:
    """This process's peak resident memory, in MB: VmHWM of /proc/self/status.

    Not getrusage's ru_maxrss: on Linux a child started from a big parent inherits the
    parent's peak there across exec (measured: a 10 MB child of a 311 MB parent reports 311)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux


SHAPES = (("300 x 200", 300, 200), ("10 x 3000", 10, 3000))


def workbooks(folder: Path, forms, inspectors: int, per: int, seed: int) -> list[Path]:
    """The shape's workbooks in `folder`: made there once, found there again later."""
    files = sorted(folder.glob("inspector-*.xlsx"))
    if len(files) == inspectors:
        return files
    folder.mkdir(parents=True, exist_ok=True)
    for old in files:
        old.unlink()
    start = time.perf_counter()
    files = generate(forms, folder, inspectors, inspectors * per, seed)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"  generated {len(files)} workbooks, {inspectors * per} responses, {size:.1f} MB "
          f"in {time.perf_counter() - start:.1f} s")
    return files


def command_import(db: Path, files: list[Path], src: Path | None) -> float:
    """Seconds for `python -m surveyor --db DB import FILES…` into a fresh store, as a whole."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    run = [sys.executable, "-m", "surveyor", "--db", str(db)]
    warm = [sys.executable, "-m", "surveyor", "--db", str(db.with_suffix(".warm.sqlite"))]
    subprocess.run([*warm, "import", str(files[0])], check=True, capture_output=True, env=env,
                   cwd=src or None)                  # compiles (and caches) what import loads
    start = time.perf_counter()
    done = subprocess.run([*run, "import", *map(str, files)], check=False, capture_output=True,
                          text=True, env=env, cwd=src or None)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"surveyor import failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the full size")
    parser.add_argument("--profile", action="store_true", help="profile the import")
    parser.add_argument("--workbooks", type=Path, metavar="DIR",
                        help="make the workbooks in DIR once, and use them again next time")
    parser.add_argument("--src", type=Path, metavar="DIR",
                        help="time the import command of the checkout in DIR instead")
    parser.add_argument("--no-export", action="store_true", help="measure the imports only")
    parser.add_argument("--child-export", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-raw-write", nargs=2, metavar=("XLSX", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_export:
        return child_export(*args.child_export)
    if args.child_raw_write:
        return child_raw_write(*args.child_raw_write)
    from surveyor import paths
    from surveyor.core.forms.xlsform import load_forms

    forms = load_forms(paths.forms_dir())
    scale = 10 if args.small else 1
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-") as tmp:
        tmp = Path(tmp)
        base = args.workbooks or tmp / "workbooks"
        shapes = []
        for i, (name, inspectors, per) in enumerate(SHAPES):
            inspectors, per = (inspectors // scale, per) if i == 0 else (inspectors, per // scale)
            label = f"{inspectors} x {per}"
            folder = base / label.replace(" ", "")
            shapes.append((label, workbooks(folder, forms, inspectors, per, seed=2024 + i)))
        ratios = []
        for label, files in shapes:
            ratios.append(measure_import(tmp, label, files, forms, args.profile, args.src))
        print("import command / raw read:  " + ",  ".join(
            f"{label}: {ratio:.2f}" for (label, _), ratio in zip(shapes, ratios))
            + "   (goal <= 1.5 each)")
        if not args.no_export:
            measure_export(tmp, shapes[0][1], forms, 50_000 // scale, 60_000 // scale)


def measure_import(tmp: Path, label: str, files: list[Path], forms, profile: bool,
                   src: Path | None) -> float:
    responses = None
    read = raw_read(files)
    command = command_import(tmp / f"command-{label.replace(' ', '')}.sqlite", files, src)
    seconds, report, (main, worker) = timed_import(
        tmp / f"ward-{label.replace(' ', '')}.sqlite", files, forms, profile)
    responses = report.counts["new"]
    print(f"{label} ({len(files)} workbooks, {responses} responses):")
    print(f"  raw python-calamine read of all sheets: {read:.2f} s")
    print(f"  `surveyor import` command, as a whole:  {command:.2f} s   "
          f"(ratio {command / read:.2f})" + (f"   [{src}]" if src else ""))
    print(f"  import_workbooks in this process:       {seconds:.2f} s   (ratio {seconds / read:.2f}; "
          f"{responses / seconds:,.0f} responses/s; CPU {main:.2f} s here, {worker:.2f} s in "
          f"worker processes)")
    print(f"  counts: {report.counts}")
    return command / read


def measure_export(tmp: Path, files: list[Path], forms, exported: int, responses: int) -> None:
    share = exported * len(files) // responses
    seconds, _, _ = timed_import(tmp / "export.sqlite", files[:share], forms)
    print(f"(import of {share} workbooks into the store to export: {seconds:.2f} s)")
    ours = child("--child-export", str(tmp / "export.sqlite"), str(tmp / "export.xlsx"))
    raw = child("--child-raw-write", str(tmp / "export.xlsx"), str(tmp / "raw.xlsx"))
    data = {sheet: n for sheet, n in ours["rows"].items() if not sheet.startswith("_")}
    main = sum(n for sheet, n in data.items() if "." not in sheet)
    print(f"Surveyor export of {main} responses ({sum(data.values())} rows with repeat rows; "
          f"{data}): {ours['seconds']:.2f} s")
    print(f"raw xlsxwriter constant_memory, same cells: {raw['seconds']:.2f} s")
    print(f"export / raw write ratio: {ours['seconds'] / raw['seconds']:.2f}   (goal <= 1.2)")
    print(f"export peak memory (VmHWM, peak RSS of the exporting child process): "
          f"{ours['max_rss_mb']:.0f} MB, of which {ours['rss_ready_mb']:.0f} MB before the "
          f"export started (interpreter, imports, open store)   (goal <= 300 MB)")


if __name__ == "__main__":
    main()
