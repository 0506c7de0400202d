"""Fuzzing the reader: seeded mutations of valid sync workbooks (tests/corpus/mutate.py), each
refused cleanly or read to exactly what the original gives.

The verdict on one mutation, read as an import reads it (sync.arrivals.read_arrivals: the
package checks, calamine, every cell against its form, the hash check):
- refused: a SurveyError whose message is its Problem's template filled in (nothing is written
  for a refused file: tests/test_corpus.py shows that through the command line);
- same: the same responses, each the same state the original gives (its version, history and
  content(): times are not content, docs/contracts.md), and the same attached files;
- flagged: the same responses, and every one whose state differs is marked edited outside
  Surveyor, so a person reviews it (a value changed in Excel is not a hostile file);
- fail: anything else: another exception (a crash), a response added or lost, a state changed
  without the mark, attached files changed, the reader's process dying (calamine is native
  code: an abort kills it) or stalling.
Mutations run in child processes, two at a time (one per core), each on a range of numbers; a
child that dies is named by the mutation it was running, and a new child goes on after it.
SURVEYOR_FUZZ=N runs N mutations (default 1,000), SURVEYOR_FUZZ_SEED=S another seed. Every
failure found is made a named case of tests/corpus/make.py once it is understood and fixed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS), str(TESTS.parent)]

from corpus.mutate import Mutation, mutate
from corpus.zips import RawEntry, raw_zip

COUNT = int(os.environ.get("SURVEYOR_FUZZ", "1000"))
SEED = int(os.environ.get("SURVEYOR_FUZZ_SEED", "2026"))
STALL_SECONDS = 60          # a child silent this long is stuck on its mutation


def entries_of(path: Path) -> list[tuple[str, bytes]]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def outcome(arrivals) -> tuple[dict, frozenset]:
    """What a read gives, as compared: uuid -> (the state as the project tells states apart:
    version, history, flags and content(), whose numbers count 15 significant digits and
    whose integral numbers equal their digits as text; edited), and the attached files."""
    from surveyor.core.responses import content
    from surveyor.core.store.rows import from_row

    states = {}
    for item in arrivals.items:
        state = from_row(item.row)
        states[item.uuid] = ((state.version, state.history, state.deleted, state.merged_into,
                              content(state)), item.edited)
    return states, frozenset(arrivals.media)


def judge(path: Path, forms, original: tuple[dict, frozenset]) -> tuple[str, str]:
    """(verdict, detail) of reading one mutated workbook (see the module docstring)."""
    from surveyor.core.errors import SurveyError
    from surveyor.core.sync.arrivals import read_arrivals

    try:
        got = read_arrivals(path, forms)
    except SurveyError as error:
        message = error.message()
        if message.startswith(f"{error.problem.name}:"):
            return "fail", f"a message that lacks its context: {message}"
        return "refused", f"{error.problem.name}: {message}"[:300]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # noqa: BLE001 (a crash is what we look for; pyo3 panics too)
        return "fail", f"crash: {error!r}"[:300]
    states, media = outcome(got)
    want_states, want_media = original
    if set(states) != set(want_states):
        return "fail", (f"responses added {sorted(set(states) - set(want_states))} or lost "
                        f"{sorted(set(want_states) - set(states))}")
    if media != want_media:
        return "fail", f"attached files changed: {sorted(media ^ want_media)}"
    changed = [uuid for uuid in states if states[uuid] != want_states[uuid]]
    silent = [uuid for uuid in changed if not states[uuid][1]]
    if silent:
        return "fail", f"changed without the edited-outside mark: {silent}"
    return ("flagged", f"{len(changed)} marked edited outside") if changed else ("same", "")


def child(out_path: Path, seed: int, start: int, stop: int, targets: list[Path]) -> None:
    """Run mutations start..stop-1 in this process, a line before and after each."""
    from surveyor.core import jobs
    from surveyor.core.sync.arrivals import read_arrivals

    forms = jobs.catalog().forms
    originals = [(entries_of(t), outcome(read_arrivals(t, forms))) for t in targets]
    with open(out_path, "a", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        for number in range(start, stop):
            entries, original = originals[number % len(originals)]
            mutation = mutate(entries, seed, number)
            out.write(f"start\t{number}\t{mutation.name}\n")
            out.flush()
            if str(number) == os.environ.get("SURVEYOR_FUZZ_ABORT_AT"):    # the guard's own test
                os.abort()
            path = write(mutation, Path(tmp) / f"m{number}.xlsx")
            verdict, detail = judge(path, forms, original)
            out.write(f"done\t{number}\t{verdict}\t{mutation.name}\t{detail}\n".replace("\r", " "))
            out.flush()
            path.unlink()


def write(mutation: Mutation, path: Path) -> Path:
    return raw_zip(path, [RawEntry(name, data) for name, data in mutation.entries],
                   stored=mutation.stored)


def run_range(folder: Path, start: int, stop: int, targets: list[Path],
              env: dict | None = None) -> list[tuple]:
    """(number, verdict, name, detail) of mutations start..stop-1, run in child processes."""
    results: dict[int, tuple] = {}
    begin = start
    while begin < stop:
        out = folder / f"fuzz-{start}-{begin}.tsv"
        process = subprocess.Popen([sys.executable, __file__, "--child", str(out), str(SEED),
                                    str(begin), str(stop), *map(str, targets)],
                                   env={**os.environ, **(env or {})})
        size, quiet_since = -1, time.monotonic()
        while process.poll() is None:
            time.sleep(0.2)
            now = out.stat().st_size if out.exists() else 0
            if now != size:
                size, quiet_since = now, time.monotonic()
            elif time.monotonic() - quiet_since > STALL_SECONDS:
                process.kill()
                process.wait()
        running = None
        for line in (out.read_text("utf-8").splitlines() if out.exists() else []):
            fields = line.split("\t")
            if fields[0] == "start":
                running = (int(fields[1]), fields[2])
            elif fields[0] == "done" and len(fields) >= 4:
                results[int(fields[1])] = (int(fields[1]), fields[2], fields[3],
                                           fields[4] if len(fields) > 4 else "")
                running = None
        if process.returncode == 0 and running is None:
            break
        number, name = running if running else (begin, "(before its first mutation)")
        died = f"the reader's process ended with {process.returncode} (an abort, or stuck)"
        results[number] = (number, "fail", name, died)
        begin = number + 1
    return [results[n] for n in sorted(results)]


@pytest.fixture(scope="module")
def targets(tmp_path_factory) -> list[Path]:
    """Valid sync workbooks: a demo export without attached files, one with a photo, and the
    first re-saved by LibreOffice (shared strings, its own XML) when it is installed."""
    from surveyor.core import jobs

    folder = tmp_path_factory.mktemp("fuzz-targets")
    forms = jobs.catalog().forms
    made = []
    for seed in (1, 5):
        db, book = folder / f"demo{seed}.sqlite", folder / f"demo{seed}.xlsx"
        jobs.demo(db, forms, responses=4, seed=seed)
        jobs.export_file(db, book, forms)
        made.append(book)
    soffice = shutil.which("soffice")
    if soffice:
        out = folder / "libreoffice"
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
                        "--convert-to", "xlsx", "--outdir", str(out), str(made[0])],
                       check=False, capture_output=True, timeout=180)
        if (out / made[0].name).is_file():
            made.append(out / made[0].name)
    return made


def test_the_original_workbooks_read_back_the_same_through_the_fuzzer_writer(targets, tmp_path):
    from surveyor.core import jobs
    from surveyor.core.sync.arrivals import read_arrivals

    forms = jobs.catalog().forms
    assert len(targets) == 2 + bool(shutil.which("soffice"))
    for target in targets:
        original = outcome(read_arrivals(target, forms))
        rewritten = write(Mutation("unchanged", entries_of(target)), tmp_path / "again.xlsx")
        assert judge(rewritten, forms, original) == ("same", "")
        assert original[0], f"{target.name} holds no response"


def test_a_reader_that_aborts_is_named_by_its_mutation_and_the_rest_still_run(targets, tmp_path):
    results = run_range(tmp_path, 10, 14, targets[:1], env={"SURVEYOR_FUZZ_ABORT_AT": "12"})
    assert [r[0] for r in results] == [10, 11, 12, 13]
    _, verdict, name, detail = results[2]
    assert verdict == "fail" and name.startswith("#12 ") and "ended with -6" in detail
    assert all(r[1] != "fail" for r in results if r[0] != 12)


def test_every_mutation_is_refused_cleanly_or_read_exactly(targets, tmp_path):
    half = COUNT // 2
    with ThreadPoolExecutor(max_workers=2) as pool:
        ranges = pool.map(lambda r: run_range(tmp_path, *r, targets), [(0, half), (half, COUNT)])
        results = [row for part in ranges for row in part]
    assert [r[0] for r in results] == list(range(COUNT))
    verdicts = Counter(r[1] for r in results)
    failures = [r for r in results if r[1] == "fail"]
    assert not failures, f"{len(failures)} of {COUNT} (seed {SEED}) failed:\n" + "\n".join(
        f"  {name}: {detail}" for _, _, name, detail in failures[:25])
    # the mutations reach past the first checks: some read exactly, many are refused
    assert verdicts["same"] + verdicts["flagged"] >= COUNT // 20, verdicts
    assert verdicts["refused"] >= COUNT // 5, verdicts


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--child":
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))     # an abort leaves no core file behind
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
          [Path(p) for p in sys.argv[6:]])
