"""Workbook benchmark: the export's parts (store stream, row_hash, writer) against raw libraries.

Prints figures measured in this one run; it asserts nothing about time. Goals (DESIGN):
  export time / raw xlsxwriter constant_memory write of the same cells   <= 1.2
  export peak memory (VmHWM of the child process that exports)           <= 300 MB

bench/sync.py gives the end-to-end import and export figures; this one splits the export into
what it is made of, each measured in its own child process (so its peak memory is its own):
  stream   Store.responses() alone (decoding the store's rows into Response values)
  seal     row_hash of every response (what `_hash` would cost if responses carried no seal)
  writer   write_workbook of responses already in memory (the writer alone)
  export   export_workbook from the store (all of it), with its peak memory
  raw      bare xlsxwriter writing the export's cells (read back with calamine), same types,
           same formats and options, the fastest public calls (write_string/number/datetime);
           and again through the undecorated _write_* calls the export itself uses for text
           and numbers (so its wrapper-free share is visible, not hidden in the ratio)
  read     read_workbook of the export against raw calamine reading every sheet

  .venv/bin/python bench/workbook.py             # 50k demo responses
  .venv/bin/python bench/workbook.py --responses 5000
  .venv/bin/python bench/workbook.py --profile   # also print where the writer spends its time
  .venv/bin/python bench/workbook.py --db /tmp/s.sqlite   # build that store once, then reuse it

A bench may import calamine and xlsxwriter directly: it measures them, it is not the app.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyor import paths
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import Response, row_hash, saved
from surveyor.core.store import Store
from surveyor.core.sync.export import export_workbook
from surveyor.core.workbook import read_workbook, write_workbook

WRITER_OPTIONS = {"constant_memory": True, "strings_to_formulas": False,
                  "strings_to_numbers": False, "strings_to_urls": False}
BATCH = 5_000


def last_saved(states: list[Response]) -> Response:
    """The last of a demo response's successive states, saved as the store would save them."""
    parent = None
    for state in states:
        parent = saved(state, parent)
    return parent


def build_store(db: Path, forms, responses: int, seed: int) -> None:
    """A store holding `responses` demo responses (their final states)."""
    from surveyor.core.demo.samples import demo_responses

    with Store(db) as store:
        batch: list[Response] = []
        for states in demo_responses(forms, responses, seed):
            batch.append(last_saved(states))
            if len(batch) == BATCH:
                store.put_states(batch, who="bench", import_id=None)
                batch = []
        store.put_states(batch, who="bench", import_id=None)


def _max_rss_mb() -> float:
    """This process's peak resident memory in MB (VmHWM: ru_maxrss carries a parent's over exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _timed(fn, *args) -> tuple[object, float, float]:
    """fn(*args), its wall seconds and its CPU seconds (less shaken by other processes)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - start, time.process_time() - cpu


def child(*args: str) -> dict:
    """Run this script in a child process for one measurement; its JSON answer."""
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                          text=True)
    if done.stderr.strip():
        print(done.stderr, file=sys.stderr)
    for line in done.stdout.splitlines()[:-1]:
        print(line)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_stream(db: str) -> dict:
    with Store(db) as store:
        n, seconds, cpu = _timed(lambda: sum(1 for _ in store.responses(include_deleted=True)))
    return {"seconds": seconds, "cpu": cpu, "responses": n}


def child_seal(db: str) -> dict:
    with Store(db) as store:
        responses = list(store.responses(include_deleted=True))
    _, seconds, cpu = _timed(lambda: [row_hash(r) for r in responses])
    return {"seconds": seconds, "cpu": cpu}


def child_writer(db: str, out: str, profile: str) -> dict:
    forms = load_forms(paths.forms_dir())
    with Store(db) as store:
        responses = list(store.responses(include_deleted=True))
    profiler = cProfile.Profile() if profile == "1" else None
    if profiler:
        profiler.enable()
    _, seconds, cpu = _timed(lambda: write_workbook(out, forms, iter(responses),
                                                    manifest={"exported_by": "bench"}))
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return {"seconds": seconds, "cpu": cpu}


def child_export(db: str, out: str) -> dict:
    forms = load_forms(paths.forms_dir())
    with Store(db) as store:
        ready = _max_rss_mb()
        stats, seconds, cpu = _timed(lambda: export_workbook(store, out, forms, who="bench"))
    return {"seconds": seconds, "cpu": cpu, "rows": dict(stats.rows), "rss_ready_mb": ready,
            "max_rss_mb": _max_rss_mb()}


def raw_write(sheets: list[tuple[str, list[list]]], out: str, undecorated: bool = False) -> None:
    """Bare xlsxwriter: each sheet's header in bold, then every cell with the export's format.

    undecorated: through xlsxwriter's _write_string/_write_number/_write_datetime, as the
    export does for the string and number cells (its public methods add an A1-notation
    wrapper to every call)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(out, WRITER_OPTIONS)
    header = workbook.add_format({"bold": True})
    text = workbook.add_format({"quote_prefix": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in sheets:
        ws = workbook.add_worksheet(name)
        write_string, write_number = ws.write_string, ws.write_number
        write_datetime = ws.write_datetime
        if undecorated:
            write_string, write_number = ws._write_string, ws._write_number
            write_datetime = ws._write_datetime
        for c, value in enumerate(rows[0] if rows else ()):
            write_string(0, c, value, header)
        for r, row in enumerate(rows[1:], start=1):
            for c, value in enumerate(row):
                kind = value.__class__
                if kind is str:
                    if value:
                        write_string(r, c, value, text)
                elif kind is float or kind is int:
                    write_number(r, c, value)
                elif kind is dt.datetime:
                    write_datetime(r, c, value, moment)
                elif kind is dt.date:
                    write_datetime(r, c, value, day)
    workbook.close()


def child_raw(source: str, out: str, undecorated: str = "0") -> dict:
    """Bare xlsxwriter writing the cells of `source` (read with calamine), same formats."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(source)
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    _, seconds, cpu = _timed(raw_write, sheets, out, undecorated == "1")
    return {"seconds": seconds, "cpu": cpu}


def child_read(source: str) -> dict:
    from python_calamine import CalamineWorkbook

    def raw() -> None:
        book = CalamineWorkbook.from_path(source)
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python(skip_empty_area=False)

    forms = load_forms(paths.forms_dir())
    _, raw_seconds, _ = _timed(raw)
    read, seconds, _ = _timed(read_workbook, source, forms)
    return {"seconds": seconds, "raw": raw_seconds, "rows": len(read.rows)}


CHILDREN = {"stream": child_stream, "seal": child_seal, "writer": child_writer,
            "export": child_export, "raw": child_raw, "read": child_read}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--profile", action="store_true", help="profile the writer")
    parser.add_argument("--db", help="reuse (or build once) this store instead of a fresh one")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](*args.child[1:])))
        return
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-") as tmp:
        run(Path(tmp), Path(args.db) if args.db else Path(tmp) / "store.sqlite", args)


def run(tmp: Path, db: Path, args) -> None:
    if not db.exists():
        start = time.perf_counter()
        build_store(db, load_forms(paths.forms_dir()), args.responses, args.seed)
        print(f"store of {args.responses} demo responses built in "
              f"{time.perf_counter() - start:.1f} s")
    out = str(tmp / "export.xlsx")
    export = child("--child", "export", str(db), out)
    raw = child("--child", "raw", out, str(tmp / "raw.xlsx"))
    bare = child("--child", "raw", out, str(tmp / "bare.xlsx"), "1")
    parts = {"  of which the store stream": child("--child", "stream", str(db)),
             "(row_hash of every response, if unsealed)": child("--child", "seal", str(db)),
             "writer alone (responses in memory)": child(
                 "--child", "writer", str(db), str(tmp / "writer.xlsx"),
                 "1" if args.profile else "0")}
    read = child("--child", "read", out)
    data = {s: n for s, n in export["rows"].items() if not s.startswith("_")}
    print(f"{sum(n for s, n in data.items() if '.' not in s)} responses ({sum(data.values())} "
          f"rows with repeat rows), {Path(out).stat().st_size / 1e6:.1f} MB file; "
          "seconds (CPU seconds), and x the raw public-call write")

    def line(label: str, got: dict, goal: str = "") -> None:
        print(f"{label + ':':46s}{got['seconds']:6.2f} s ({got['cpu']:6.2f})  "
              f"{got['seconds'] / raw['seconds']:.2f}x ({got['cpu'] / raw['cpu']:.2f}x)  {goal}")

    line("raw xlsxwriter constant_memory, same cells", raw)
    line("  the same through its undecorated calls", bare)
    line("export from the store", export, "(goal <= 1.2)")
    for label, got in parts.items():
        line(label, got)
    print(f"export peak memory (VmHWM): {export['max_rss_mb']:.0f} MB, of which "
          f"{export['rss_ready_mb']:.0f} MB before the export started   (goal <= 300 MB)")
    print(f"read_workbook {read['seconds']:.2f} s; raw calamine {read['raw']:.2f} s: "
          f"{read['seconds'] / read['raw']:.2f}x ({read['rows']} rows)")


if __name__ == "__main__":
    main()
