"""The bad-input corpus (tests/corpus/make.py) through the command line, as a clerk runs it.

Every case is imported by a real `surveyor --db DB import FILE` process into a copy of an
office store that already holds the inspector's trip. A refused case exits 1 with one
`refused:` line that is its Problem's message, naming the file and the sheet, row and column
where they apply, never a traceback; the store is unchanged, table by table, and no backup was
made. Bombs are refused within TIME_LIMIT seconds and MEMORY_LIMIT of peak memory (the child's
own ru_maxrss, from wait4). The cases that must import, import exactly: the store then holds
the responses of the store the case was exported from, or the counts the case states.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from corpus.base import Base
from corpus.make import CASES, Case, build_all

from surveyor.core import jobs
from surveyor.core.errors import Problem
from surveyor.core.responses import content
from surveyor.core.store import Store

TIME_LIMIT = 5.0                     # seconds for the whole process, start-up included
MEMORY_LIMIT = 500 * 1024 * 1024     # peak resident bytes of the process
BY_NAME = {case.name: case for case in CASES}


@dataclass(frozen=True)
class Run:
    """One CLI import of one case."""

    case: Case
    file: Path
    db: Path
    code: int
    out: str
    err: str
    seconds: float
    peak_bytes: int


@dataclass(frozen=True)
class Corpus:
    base: Base                  # the exports the cases come from
    office: Path                # the office store that holds the trip
    before: list                # its dump
    runs: dict                  # case name -> its Run, or why it was not run


def dump(db: Path) -> list:
    """Every table of a store, its rows as text, sorted."""
    con = sqlite3.connect(db)
    try:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(name, sorted(map(repr, con.execute(f'SELECT * FROM "{name}"'))))
                for name in tables]
    finally:
        con.close()


def copy_store(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


# Run from a small launcher, since a child's ru_maxrss starts at its parent's resident size
# (Linux carries the high-water mark across fork and exec), and this test's process is large.
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.monotonic()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump([os.waitstatus_to_exitcode(status), time.monotonic() - start, usage.ru_maxrss], out)
"""


def cli_import(file: Path, db: Path, home: Path, *extra: str) -> tuple[int, str, str, float, int]:
    """(exit code, stdout, stderr, seconds, peak resident bytes) of one import process."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    out_path, err_path, measured = (db.with_suffix(s) for s in (".out", ".err", ".json"))
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        subprocess.run([sys.executable, "-c", LAUNCHER, str(measured), sys.executable, "-m",
                        "surveyor", "--db", str(db), "import", str(file), *extra],
                       stdout=out, stderr=err, env=env, timeout=300, check=True)
    code, seconds, peak_kb = json.loads(measured.read_text())
    return code, out_path.read_text("utf-8"), err_path.read_text("utf-8"), seconds, peak_kb * 1024


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every case built, the office store holding the trip, and every case imported by the CLI
    (two processes at a time)."""
    root = tmp_path_factory.mktemp("corpus")
    base, built = build_all(root / "cases")
    office = root / "office.sqlite"
    report = jobs.import_files(office, [base.trip], base.forms)
    assert report.counts["new"] == 8 and not report.rejected

    def run(case: Case) -> Run | str:
        file = built[case.name]
        if isinstance(file, str):
            return file
        folder = root / "runs" / case.name
        db = folder / "office.sqlite"
        if case.imports == "same":
            db.parent.mkdir(parents=True)
        else:
            copy_store(office, db)
        extra = ("--json",) if case.imports is not None else ()
        return Run(case, file, db, *cli_import(file, db, root / "home", *extra))

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip((c.name for c in CASES), pool.map(run, CASES)))
    return Corpus(base, office, dump(office), runs)


def run_of(corpus: Corpus, name: str) -> Run:
    found = corpus.runs[name]
    if isinstance(found, str):
        pytest.skip(found)
    return found


def template_pattern(problem: Problem) -> re.Pattern:
    """The Problem's message with every {placeholder} standing for any text."""
    parts = re.split(r"\{(\w+)\}", problem.value)
    pattern = "".join(re.escape(part) if i % 2 == 0 else "(.+?)" for i, part in enumerate(parts))
    return re.compile(pattern, re.DOTALL)


ISSUE_CASES = {    # issue 10, part 1: each case it lists -> the corpus cases that make it
    "not a zip": ["not_a_zip"], "truncated zip": ["truncated_zip"],
    "a Word file renamed .xlsx": ["word_renamed"], "an .ods renamed": ["ods_renamed"],
    "a CSV renamed": ["csv_renamed"], "an .xls (old format)": ["old_format"],
    "a password-protected file with no password given": ["password_no_password"],
    "a missing or renamed data sheet": ["data_sheet_missing", "data_sheet_renamed"],
    "missing _uuid column": ["uuid_column_missing"], "duplicate uuids": ["duplicate_uuids"],
    "an unknown form or form version": ["unknown_form", "unknown_form_version"],
    "text in an integer column": ["text_in_integer"], "a date as free text": ["date_as_free_text"],
    "a choice code that does not exist": ["unknown_choice"], "a formula cell": ["formula_cell"],
    "an entity-expansion XML bomb": ["entity_expansion_bomb"],
    "a zip bomb": ["zip_bomb", "zip_bomb_lying_size"],
    "a sheet with 1,048,576 rows": ["rows_1048576", "notes_sheet_1048576_rows"],
    "a cell longer than 32,767 characters": ["cell_too_long"], "a merged-cell header": ["merged_header"],
    "another program's workbook with no _manifest": ["other_program_no_manifest", "kobo_export"],
    "hidden sheets": ["hidden_data_sheet", "hidden_notes_sheet"],
    "a _manifest that lies about row counts": ["manifest_lies_about_rows"],
    "a _hash forged to hide an edit": ["hash_forged_to_hide_an_edit"],
    "a sheet name with odd characters": ["odd_sheet_name"], "an empty workbook": ["empty_workbook"],
    "NUL bytes and control characters in text": ["nul_and_control_text"],
    "a uuid that is not a uuid": ["uuid_not_a_uuid"], "dates in 1900 and 9999": ["dates_1900_and_9999"],
    "a repeat row whose parent is missing": ["repeat_row_without_parent"],
    "macros, unexpected parts, ambiguous packages": ["macros", "macro_enabled_type",
                                                     "embedded_object", "entry_twice",
                                                     "names_differ_in_case"],
}


def test_the_corpus_covers_every_case_the_issue_lists():
    assert len(CASES) >= 30 and len(BY_NAME) == len(CASES)
    missing = {what: names for what, names in ISSUE_CASES.items()
               if any(name not in BY_NAME for name in names)}
    assert not missing
    for case in CASES:
        assert (case.problem in Problem.__members__) != (case.imports is not None), case.name


REFUSED = [c.name for c in CASES if c.problem]
ACCEPTED = [c.name for c in CASES if c.imports is not None]


@pytest.mark.parametrize("name", REFUSED)
def test_a_bad_file_is_refused_with_where_and_why_and_nothing_changes(corpus, name):
    run = run_of(corpus, name)
    case = run.case
    assert run.code == 1, run.out + run.err
    assert "Traceback" not in run.out + run.err and "unexpected error" not in run.err, run.err
    refused = [line[len("  refused: "):] for line in run.out.splitlines()
               if line.startswith("  refused: ")]
    assert len(refused) == 1, run.out
    message = refused[0]
    assert template_pattern(Problem[case.problem]).fullmatch(message), message
    assert message.startswith(run.file.name), message
    for key in ("sheet", "row", "column"):
        if key in case.where:
            assert f"{key} {case.where[key]}" in message, message
    assert case.says in message, message
    assert dump(run.db) == corpus.before, "the store changed"
    assert jobs.backups(run.db) == [], "a backup was made for an import that wrote nothing"


@pytest.mark.parametrize("name", [c.name for c in CASES if c.bomb])
def test_a_bomb_is_refused_quickly_in_little_memory(corpus, name):
    run = run_of(corpus, name)
    assert run.code == 1
    assert run.seconds < TIME_LIMIT, f"{run.seconds:.1f} s"
    assert run.peak_bytes < MEMORY_LIMIT, f"{run.peak_bytes / 2**20:.0f} MB"


def states(db: Path) -> dict:
    with Store(db) as store:
        return {r.uuid: r for r in store.responses(include_deleted=True)}


def held(db: Path) -> dict:
    """Each response as the store holds it, its answers as content() counts them (numbers at
    the 15 significant digits the sync format carries, docs/contracts.md)."""
    return {uuid: (replace(r, answers={}, repeats=()), content(r)) for uuid, r in states(db).items()}


@pytest.mark.parametrize("name", ACCEPTED)
def test_an_odd_but_sound_file_imports_exactly(corpus, name):
    run = run_of(corpus, name)
    assert run.code == 0, run.out + run.err
    report = json.loads(run.out)
    assert report["rejected"] == 0
    if run.case.imports == "same":
        source = corpus.base.stores[run.case.source]
        assert report["new"] == len(states(source)) and report["edited_outside"] == 0
        assert held(run.db) == held(source)
    else:
        assert {k: report[k] for k in run.case.imports} == run.case.imports


def test_a_forged_hash_does_not_pass_an_edit_off_as_the_version_it_names(corpus):
    run = run_of(corpus, "hash_forged_to_hide_an_edit")
    now, then = states(run.db), states(corpus.office)
    [changed] = [uuid for uuid in now if now[uuid] != then[uuid]]
    assert now[changed].answers["ten_co_so"] == "Công ty đã đổi tên trong Excel"
    assert now[changed].edited_outside
    assert now[changed].history[0] == then[changed].version != now[changed].version
    assert BY_NAME["hash_forged_to_hide_an_edit"].imports == {"updated": 1, "edited_outside": 1}
