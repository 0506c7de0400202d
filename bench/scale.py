"""Department scale: a store of N responses built by importing ward workbooks, then the jobs a
department runs on it, each in a child process of its own: time and peak memory per step.

Prints figures measured in this one run; it asserts nothing about time. Not part of `make test`.

  .venv/bin/python bench/scale.py                   # N = 100,000 in a temporary folder
  .venv/bin/python bench/scale.py --full            # N = 1,000,000
  .venv/bin/python bench/scale.py --responses 250000 --db /tmp/scale/store.sqlite
      # --db: build the store there if missing, else reuse it (the build is the long part);
      # its workbooks are kept in <db>.workbooks/ and reused too.

The store is built as a department builds it: demo responses with repeats (the demo generator,
seed 1000 + i for chunk i, so uuids differ between chunks) written as ward workbooks of 20,000
responses each (a ward's consolidated export), imported five at a time with `surveyor import`
(an interrupted build goes on where it stopped). Then: `surveyor status`; the window's response
list (row count, pages, sort, searches: Store.page, page_after, count_matching); `surveyor
export --form` of the form with the most responses; the backup each import begins with;
`surveyor import` of 60,000 more (three more ward workbooks, into a copy of the store).

Per step: wall time (start-up included, as a clerk sees it) and CPU time of its processes; the
VmHWM (peak RSS) its own process reads as it ends; its child processes' (the import's reading
worker) and the whole tree's RSS, sampled every 50 ms. A CLI step runs the real
`.venv/bin/surveyor` script through runpy, so that the child can read its own VmHWM at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURVEYOR = Path(sys.executable).parent / "surveyor"      # the console script of the venv
CHUNK = 20_000            # responses per ward workbook
BATCH = 5                 # ward workbooks per `surveyor import` of the build
MORE = 60_000             # responses imported into the built store, as a step
BUILD_SEED, MORE_SEED = 1_000, 900_000
PAGE = 200                # the window's page (ui/responses_model.PAGE_SIZE)
LIST_COLUMNS = ("status", "ward", "name", "inspector", "updated_at")   # what a page reads
SAMPLE_EVERY = 0.05


# -- measuring a child process -------------------------------------------------------------------

def _status_kb(pid: int | str) -> tuple[int, int]:
    """VmHWM and VmRSS of a process, in kB (0, 0 once it has gone)."""
    found = {"VmHWM": 0, "VmRSS": 0}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for key, _, value in (line.partition(":") for line in status):
                if key in found:
                    found[key] = int(value.split()[0])
    except OSError:
        pass
    return found["VmHWM"], found["VmRSS"]


class TreeSampler(threading.Thread):
    """Samples a process and its descendants: each one's VmHWM, and the sum of their RSS."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, threading.Event()
        self.peaks: dict[int, int] = {}          # pid -> largest VmHWM seen, kB
        self.together = 0                        # largest sum of VmRSS at one sample, kB

    def tree(self) -> set[int]:
        parent_of: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            try:
                with open(f"/proc/{int(entry.name)}/stat", encoding="ascii", errors="replace") as f:
                    parent_of[int(entry.name)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
        tree, more = {self.pid}, {self.pid}
        while more:
            more = {pid for pid, parent in parent_of.items() if parent in more} - tree
            tree |= more
        return tree

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_EVERY):
            total = 0
            for pid in self.tree():
                hwm, rss = _status_kb(pid)
                self.peaks[pid] = max(self.peaks.get(pid, 0), hwm)
                total += rss
            self.together = max(self.together, total)


@dataclass(frozen=True)
class Step:
    name: str
    seconds: float
    cpu: float               # CPU seconds of the step and its child processes (user + system)
    peak_mb: float           # VmHWM of the step's own process, read by it as it ended
    workers_mb: float        # the largest VmHWM among its child processes (sampled; 0: none)
    together_mb: float       # the largest RSS of the whole process tree at one sample
    ok: bool
    output: str              # its stdout (and the end of stderr if it failed)


def run_step(name: str, *args: str) -> Step:
    """Run `bench/scale.py --child PEAK_FILE ARGS`: its wall time, its and its workers' peaks."""
    with tempfile.NamedTemporaryFile(prefix="scale-peak-", delete=False) as handle:
        peak_file = Path(handle.name)
    start, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    child = subprocess.Popen([sys.executable, __file__, "--child", str(peak_file), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid)
    sampler.start()
    out, err = child.communicate()
    seconds, used = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.stop.set()
    sampler.join()
    peak = float(peak_file.read_text() or 0)
    peak_file.unlink()
    workers = [kb for pid, kb in sampler.peaks.items() if pid != child.pid]
    ok = child.returncode == 0
    cpu = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
    return Step(name, seconds, cpu, peak, max(workers, default=0) / 1024,
                sampler.together / 1024, ok,
                out if ok else out + "\n" + "\n".join(err.strip().splitlines()[-12:]))


def child_main(peak_file: str, kind: str, args: list[str]) -> int:
    """(child) One step, then this process's VmHWM into peak_file."""
    import runpy

    try:
        if kind == "cli":
            sys.argv = [str(SURVEYOR), *args]
            try:
                runpy.run_path(str(SURVEYOR), run_name="__main__")
            except SystemExit as done:
                return done.code if isinstance(done.code, int) else int(done.code is not None)
            return 0
        if kind == "list":
            return list_queries(Path(args[0]))
        from surveyor.core.store.backups import make_backup  # the one other kind: "backup"
        print(make_backup(Path(args[0]), "scale-bench"))
        return 0
    finally:
        Path(peak_file).write_text(f"{_status_kb('self')[0] / 1024:.1f}")


def list_queries(db: Path) -> int:
    """(child) The window's response list on the store: count, pages, sort, searches."""
    from dataclasses import replace

    from surveyor.core.store import Store
    from surveyor.core.store.listing import ListQuery

    start, timings = time.perf_counter(), []
    with Store(db) as store:
        timings.append(("open the store", time.perf_counter() - start, 0))

        def timed(label: str, call):
            begin = time.perf_counter()
            result = call()
            timings.append((label, time.perf_counter() - begin,
                            result if isinstance(result, int) else len(result)))
            return result
        every = ListQuery()
        count = timed("row count (count_matching)", lambda: store.count_matching(every))
        timed(f"first page of {PAGE}, newest first",
              lambda: store.page(every, 0, PAGE, LIST_COLUMNS))
        middle = timed("page at the middle (offset)",
                       lambda: store.page(every, count // 2, PAGE, LIST_COLUMNS))
        if middle:
            timed("next page by key (page_after)",
                  lambda: store.page_after(every, middle[-1], PAGE, LIST_COLUMNS))
        by_name = replace(every, order_by="name", descending=False)
        timed("first page ordered by name", lambda: store.page(by_name, 0, PAGE, LIST_COLUMNS))
        for text in ("bat trang", "khong co dau ca"):
            found = ListQuery(search=text)
            timed(f"search {text!r}: count", lambda q=found: store.count_matching(q))
            timed(f"search {text!r}: first page",
                  lambda q=found: store.page(q, 0, PAGE, LIST_COLUMNS))
        timed("tally (form, status)", store.tally)
    for label, seconds, rows in timings:
        print(f"{label:<40} {seconds * 1000:9.1f} ms   {rows:>9,}")
    return 0


# -- the store and its workbooks -----------------------------------------------------------------

_FORMS: list = []


def write_chunk(path: str, count: int, seed: int) -> list[str]:
    """(pool) One ward's consolidated workbook of `count` demo responses; their uuids."""
    sys.path.insert(0, str(ROOT / "bench"))
    from sync import last_saved

    from surveyor import paths
    from surveyor.core.demo.samples import demo_responses
    from surveyor.core.forms.xlsform import load_forms
    from surveyor.core.workbook import write_workbook

    if not _FORMS:
        _FORMS.append(load_forms(paths.forms_dir()))
    finals = [last_saved(states) for states in demo_responses(_FORMS[0], count, seed)]
    manifest = {"exported_by": f"ward {seed}", "device": f"ward-{seed}"}
    write_workbook(Path(path), _FORMS[0], iter(finals), manifest=manifest, total=len(finals))
    return [state.uuid for state in finals]


def workbooks(folder: Path, prefix: str, total: int, first_seed: int, jobs: int) -> list[Path]:
    """Ward workbooks of `total` responses in chunks of CHUNK (kept ones are reused)."""
    sizes = [CHUNK] * (total // CHUNK) + ([total % CHUNK] if total % CHUNK else [])
    files = [folder / f"{prefix}-{i:03d}-seed{first_seed + i}-{n}.xlsx"
             for i, n in enumerate(sizes)]
    missing = [(str(f), n, first_seed + i) for i, (f, n) in enumerate(zip(files, sizes))
               if not f.exists()]
    start = time.perf_counter()
    if missing:
        import multiprocessing
        folder.mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            uuids = [u for chunk in pool.map(write_chunk, *zip(*missing)) for u in chunk]
        made, distinct = sum(n for _, n, _ in missing), len(set(uuids))
        check = "all distinct" if distinct == made else f"ONLY {distinct:,} DISTINCT"
        print(f"generated {len(missing)} {prefix} workbooks, {made:,} responses (uuids: {check}) "
              f"in {time.perf_counter() - start:.0f} s")
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{prefix} workbooks: {len(files)} files, {total:,} responses, {size:,.0f} MB "
          f"({len(files) - len(missing)} reused) in {folder}")
    return files


def _read(db: Path):        # a plain connection: one opened read-only leaves -wal, -shm behind
    return closing(sqlite3.connect(db))


def held(db: Path) -> int:
    with _read(db) as conn:
        return conn.execute("SELECT count(*) FROM responses WHERE deleted = 0").fetchone()[0]


def show_contents(db: Path) -> list[str]:
    """Print the store's size on disk, its responses and repeat rows, its biggest tables;
    return its forms, the one with the most responses first."""
    with _read(db) as conn:
        responses, repeats = conn.execute(
            "SELECT count(*), coalesce(sum(json_array_length(repeats)), 0) FROM responses "
            "WHERE deleted = 0").fetchone()
        forms = dict(conn.execute("SELECT form_id, count(*) FROM responses WHERE deleted = 0 "
                                  "GROUP BY form_id ORDER BY 2 DESC").fetchall())
        older = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
        tables = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                              "ORDER BY 2 DESC LIMIT 6").fetchall()
    files = {p.name: p.stat().st_size / 1e6 for p in (db, Path(f"{db}-wal")) if p.exists()}
    print(f"store {db}: {sum(files.values()):,.0f} MB on disk ("
          + ", ".join(f"{name} {mb:,.0f} MB" for name, mb in files.items()) + ")")
    print(f"  {responses:,} responses, {repeats:,} repeat rows; {older:,} older states in "
          f"`versions`; by form: {forms}")
    print("  biggest tables and indexes: " + ", ".join(
        f"{name} {size / 1e6:,.0f} MB" for name, size in tables))
    return list(forms)


def import_counts(output: str) -> dict[str, int]:
    """The counts of `surveyor import --json` that are not 0."""
    return {key: n for key, n in json.loads(output).items()
            if isinstance(n, int) and not isinstance(n, bool) and n}


def build(db: Path, folder: Path, responses: int, jobs: int) -> list[Step]:
    """The store at db, built by importing ward workbooks (BATCH of them per `surveyor import`)
    unless it is there already. An interrupted build goes on where it stopped."""
    if db.exists():
        print(f"reusing the store {db}")
        return []
    files = workbooks(folder, "ward", responses, BUILD_SEED, jobs)
    partial = db.with_name(db.name + ".building")          # renamed once the build is whole
    done = set()
    if partial.exists():
        with _read(partial) as conn:
            done = {name for (name,) in conn.execute("SELECT file FROM imports WHERE undone = 0")}
        print(f"going on with the build in {partial}: {len(done)} workbooks imported before")
    todo, built = [f for f in files if f.name not in done], []
    for start in range(0, len(todo), BATCH):
        batch = todo[start:start + BATCH]
        before = held(partial) if partial.exists() else 0
        step = run_step(f"build: import {len(batch)} workbooks into {before:,} responses",
                        "cli", "--db", str(partial), "import", "--json", *map(str, batch))
        report(step)
        # Each import began with a backup of the whole partial store: copies the build needs
        # not keep (at 1M responses, KEEP of them would take tens of GB).
        for backup in (partial.parent / "backups").glob(f"{partial.stem}-*.sqlite"):
            backup.unlink()
        if not step.ok:
            indented(step.output)
            raise SystemExit(f"the build stopped; run again to go on from {partial}")
        print(f"    import counts: {import_counts(step.output)}")
        built.append(step)
    if held(partial) != responses:
        print(f"NOTE: the store holds {held(partial):,} responses, not {responses:,}")
    partial.rename(db)
    return built


# -- the run -------------------------------------------------------------------------------------

def report(step: Step) -> None:
    workers = f"; its largest child {step.workers_mb:,.0f} MB" if step.workers_mb else ""
    print(f"{step.name:<58} {step.seconds:7.1f} s ({step.cpu:5.1f} s CPU)   peak "
          f"{step.peak_mb:6,.0f} MB{workers}; the tree together {step.together_mb:,.0f} MB"
          + ("" if step.ok else "   FAILED"))


def indented(text: str) -> None:
    for line in text.strip().splitlines():
        print("    " + line)


def steps(db: Path, work: Path, folder: Path, jobs: int) -> list[Step]:
    form = show_contents(db)[0]
    done = [run_step("status (`surveyor status`)", "cli", "--db", str(db), "status"),
            run_step("response list: count, pages, searches (Store)", "list", str(db))]
    for step in done:
        report(step)
    indented(done[-1].output)

    out = work / f"export-{form}.xlsx"
    done.append(run_step(f"export of {form} (`surveyor export --form`)",
                         "cli", "--db", str(db), "export", "-o", str(out), "--form", form))
    report(done[-1])
    indented(done[-1].output)
    if out.exists():
        print(f"    workbook: {out.stat().st_size / 1e6:,.0f} MB")

    done.append(run_step("backup of the store (each import begins with one)", "backup", str(db)))
    report(done[-1])
    backup = Path(done[-1].output.strip().splitlines()[-1]) if done[-1].ok else None
    if backup and backup.exists():
        print(f"    backup: {backup.stat().st_size / 1e6:,.0f} MB; removed again")
        backup.unlink()

    more = workbooks(folder, "more", MORE, MORE_SEED, jobs)
    scratch = work / "scratch" / db.name
    scratch.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for path in (db, Path(f"{db}-wal")):
        if path.exists():
            shutil.copyfile(path, scratch.parent / path.name)
    print(f"(copied the store to {scratch} for the import: {time.perf_counter() - start:.1f} s)")
    done.append(run_step(f"import of {MORE:,} more in {len(more)} workbooks (`surveyor import`)",
                         "cli", "--db", str(scratch), "import", "--json", *map(str, more)))
    report(done[-1])
    if done[-1].ok:
        print(f"    import counts: {import_counts(done[-1].output)}")
        show_contents(scratch)
    else:
        indented(done[-1].output)
    shutil.rmtree(scratch.parent)
    return done


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.exit(child_main(sys.argv[2], sys.argv[3], sys.argv[4:]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="1,000,000 responses")
    parser.add_argument("--responses", type=int, default=None, help="how many (100,000)")
    parser.add_argument("--db", type=Path, help="build the store here if missing, else reuse it")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes that generate the workbooks (1: the machine is shared)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)       # a line at a time, also into a file
    responses = args.responses or (1_000_000 if args.full else 100_000)
    print(f"bench/scale.py: {responses:,} responses; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="surveyor-scale-") as tmp:
        db = args.db.resolve() if args.db else Path(tmp) / "department.sqlite"
        folder = Path(f"{db}.workbooks")
        db.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        done = build(db, folder, responses, args.jobs) + steps(db, Path(tmp), folder, args.jobs)
        print(f"\nsummary ({responses:,} responses; load average now "
              f"{os.getloadavg()[0]:.1f}; all of it {time.perf_counter() - start:.0f} s)")
        for step in done:
            report(step)


if __name__ == "__main__":
    main()
