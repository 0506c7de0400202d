"""Power cuts: a child process saves, imports and exports until it is killed with SIGKILL at a
random moment (seeded), with its worker processes. Then the store must be whole: SQLite's
integrity check passes, every response the child reported saved is there, each imported file is
in the store entirely or not at all (and entirely exactly when its import was recorded), and no
half-written workbook lies under the export's final name.

SURVEYOR_KILL_TRIALS sets the number of kills (default 8; .ci/run runs 100).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TRIALS = int(os.environ.get("SURVEYOR_KILL_TRIALS", "8"))
SEED = 20261201
FILES = 4                    # workbooks the child imports, each with its own responses

CHILD = r"""
import sys
from dataclasses import replace
from pathlib import Path
from surveyor.core import jobs
from surveyor.core.responses import Response, new_uuid
from surveyor.core.store import Store

db, out, *books = sys.argv[1:]
forms = jobs.catalog().forms
template = next(iter(Store(db).responses()))
print("ready", flush=True)
while True:
    with Store(db) as store:
        for _ in range(5):
            state = replace(template, uuid=new_uuid(), version="", history=(), seal="")
            store.save(state, who="kill test")
            print("saved", state.uuid, flush=True)
    jobs.import_files(Path(db), [Path(b) for b in books], forms)
    print("imported", flush=True)
    jobs.export_file(Path(db), Path(out), forms)
    print("exported", flush=True)
"""


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> dict:
    """A small store to start each trial from, and FILES workbooks of new responses."""
    from surveyor.core import jobs
    from surveyor.core.workbook import read_workbook

    root = tmp_path_factory.mktemp("kill")
    forms = jobs.catalog().forms
    template = root / "template.sqlite"
    jobs.demo(template, forms, responses=30, seed=1)
    books, uuids = [], []
    for i in range(FILES):
        field = root / f"field-{i}.sqlite"
        jobs.demo(field, forms, responses=300, seed=100 + i)
        book = root / f"trip-{i}.xlsx"
        jobs.export_file(field, book, forms)
        books.append(book)
        uuids.append({row.response.uuid for row in read_workbook(book, forms).rows})
    return {"root": root, "template": template, "books": books, "uuids": uuids,
            "forms": forms}


def run_until_killed(db: Path, out: Path, books: list[Path], after: float) -> list[str]:
    """Start the child, kill its whole process group `after` seconds after it is ready;
    return the lines it printed."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(out), *map(str, books)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        first = child.stdout.readline()
        assert first.strip() == "ready", first + child.stderr.read()
        time.sleep(after)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        rest, errors = child.communicate(timeout=60)
    assert "Traceback" not in errors, errors
    return (first + rest).splitlines()


def check_whole(db: Path, out: Path, lines: list[str], material: dict) -> None:
    from surveyor.core.store import Store
    from surveyor.core.workbook import read_workbook

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in con.execute("SELECT uuid FROM responses")}
        recorded = {row[0] for row in con.execute("SELECT sha256 FROM imports WHERE undone = 0")}
    finally:
        con.close()
    saved = {line.split()[1] for line in lines if line.startswith("saved ")}
    assert saved <= stored, f"{len(saved - stored)} saved responses missing"
    for book, uuids in zip(material["books"], material["uuids"], strict=True):
        present = len(uuids & stored)
        assert present in (0, len(uuids)), f"{book.name}: {present} of {len(uuids)} stored"
        digest = hashlib.sha256(book.read_bytes()).hexdigest()
        assert (present == len(uuids)) == (digest in recorded), book.name
    if out.exists():                           # a workbook under its final name is whole
        read_workbook(out, material["forms"])
    with Store(db) as store:                   # and the store opens and takes work again
        store.save(next(iter(store.responses())), who="after the kill")


def test_a_kill_at_any_moment_leaves_the_store_whole(material, tmp_path):
    rng = random.Random(SEED)
    seen = {"imported": 0, "exported": 0}
    for trial in range(TRIALS):
        db, out = tmp_path / f"trial-{trial}.sqlite", tmp_path / f"out-{trial}.xlsx"
        shutil.copy(material["template"], db)
        lines = run_until_killed(db, out, material["books"], rng.uniform(0.05, 2.5))
        check_whole(db, out, lines, material)
        for word in seen:
            seen[word] += any(line == word for line in lines)
        for leftover in tmp_path.glob(f"trial-{trial}*"):
            leftover.unlink()
    assert seen["imported"] > 0, "no kill fell after an import: the timings say nothing"
