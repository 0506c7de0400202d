"""Workbooks read for a merge: each row hash-checked, encoded as a store row, with its duplicate
keys by its form's identity questions (an Arrival), so that planning and writing it is cheap.

With many files, a worker process reads the next files while the caller merges the previous
ones, and the caller reads a file itself whenever the worker is still busy with the one it
needs next (calamine holds the GIL, so threads would not help; two processes use both cores).
Files come out in the order given, each as its Arrivals or as the SurveyError refusing it.
Without processes (a single file, a small job, or none available) everything is read here.
Frozen apps must call multiprocessing.freeze_support() first thing in their entry point.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.filling.media import AttachedFile
from surveyor.core.forms.model import Form, FormKey, Identity
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import HISTORY_LIMIT, Response, content, make_version, row_hash
from surveyor.core.store.rows import gc_paused, state_row
from surveyor.core.sync.duplicates import NO_IDENTITY, duplicate_keys, identities
from surveyor.core.workbook import IncomingRow, read_workbook
from surveyor.core.workbook.dismissed import DismissedPair

WORKER_MIN_FILES = 3            # fewer files are read here: starting a process costs ~0.3 s
WORKER_MIN_BYTES = 1_000_000    # and so is less than ~2,000 responses' worth of workbooks
AHEAD = 2                       # files queued for the worker and not yet read
HELD = 12                       # files read (or queued) ahead of the one the caller merges,
HELD_BYTES = 50_000_000         # and their size at most (beyond two files)
WAIT_STEP = 0.1                 # seconds between cancel checks while waiting for the worker


class Arrival(NamedTuple):
    """One incoming state, ready to plan and write. A tuple: it crosses processes cheaply."""

    uuid: str
    form_id: str
    version: str
    history: tuple[str, ...]
    edited: bool                # its cells were edited outside Surveyor: a new state
    row: tuple                  # state_rows.state_row of the state, seal set
    keys: tuple                 # duplicates.duplicate_keys of the state, by its form's identity
    sheet: str
    number: int                 # its row on the sheet


@dataclass(frozen=True)
class Arrivals:
    """One workbook, read and prepared."""

    file: str
    sha256: str
    manifest: Mapping[str, str]
    items: list[Arrival]
    # form id -> its identity questions (duplicates.identities) of the forms it was read with
    identities: Mapping[str, Identity] = field(default_factory=dict)
    # sha256 -> the attached files it carries, checked (workbook/media.py)
    media: Mapping[str, AttachedFile] = field(default_factory=dict)
    # pairs a person said are not duplicates (workbook/dismissed.py)
    dismissed: tuple[DismissedPair, ...] = ()


def made_here(state: Response, body: str) -> bool:
    """Whether a row's _version is what Surveyor makes of its content: a save descending from
    its _history[0] (or a first save), or the merge node of _history[0] and another ancestor
    (store/conflicts.merged_state). Whoever edits cells and recomputes the _hash (the
    algorithm is no secret) does not make it so: the version digests the content too."""
    parent = state.history[0] if state.history else None
    if state.version == make_version(parent, body):           # the usual case: one digest
        return True
    return parent is not None and any(state.version == make_version(parent, f"{body}\n{other}")
                                      for other in state.history[1:])


def arrive(incoming: IncomingRow, identity: Identity = NO_IDENTITY) -> Arrival:
    """The state a workbook row brings, with its duplicate keys by `identity` (its form's). A
    row whose cells no longer match its _hash, or whose _version they did not make (a _hash
    forged to hide an edit), was edited outside Surveyor: a new state descending from the
    version the row names."""
    state = incoming.response
    body = content(state)
    seal = row_hash(state, body)
    edited = seal != incoming.stated_hash or not made_here(state, body)
    if edited:
        named = state.version
        history = ((named,) + state.history)[:HISTORY_LIMIT] if named else state.history
        state = replace(state, version=make_version(named or None, body), history=history,
                        edited_outside=True)
        seal = row_hash(state, body)
    return Arrival(state.uuid, state.form_id, state.version, state.history, edited,
                   state_row(state, seal), duplicate_keys(state, identity), incoming.sheet,
                   incoming.row)


def read_arrivals(path: Path, forms: Mapping[FormKey, Form],
                  progress: Progress = SILENT) -> Arrivals:
    """Read one workbook and prepare its rows; SurveyError if it is refused."""
    read = read_workbook(path, forms, progress)
    identity_of = identities(forms)
    with gc_paused():
        items = [arrive(row, identity_of.get(row.response.form_id, NO_IDENTITY))
                 for row in read.rows]
        return Arrivals(read.file, read.sha256, read.manifest, items, identity_of, read.media,
                        read.dismissed)


_worker_forms: Mapping[FormKey, Form] = {}


def _start_worker(forms: Mapping[FormKey, Form]) -> None:
    global _worker_forms
    _worker_forms = forms


def _read_there(path: str) -> Arrivals | tuple[str, dict]:
    """(in the worker) read_arrivals; a refusal comes back as (problem name, context), since
    SurveyError itself does not survive pickling."""
    try:
        return read_arrivals(Path(path), _worker_forms)
    except SurveyError as error:
        return error.problem.name, error.context


def _outcome(future: Future) -> Arrivals | SurveyError:
    result = future.result()
    if isinstance(result, Arrivals):
        return result
    problem, context = result
    return SurveyError(Problem[problem], **context)


def _read_here(path: Path, forms: Mapping[FormKey, Form],
               progress: Progress) -> Arrivals | SurveyError:
    try:
        return read_arrivals(path, forms, progress)
    except SurveyError as error:
        return error


def _wait(future: Future, progress: Progress) -> None:
    """Wait for the worker's file, checking for a cancel (and showing life) every WAIT_STEP s."""
    ticks = 0
    while not future.done():
        wait([future], timeout=WAIT_STEP)
        ticks += 1
        progress.step(min(ticks, 9), 10)


def _sizes(paths: Sequence[Path]) -> list[int]:
    return [p.stat().st_size if p.is_file() else 0 for p in paths]


def _pool(forms: Mapping[FormKey, Form]) -> tuple[ProcessPoolExecutor, Future] | None:
    """One spawned worker process (safe beside threads and open files) and its start-up task,
    or None if this platform or sandbox offers none. The forms go as a first task, not as
    start-up data: a child that dies while starting must not leave the parent blocked on a
    pipe it writes them to."""
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return pool, pool.submit(_start_worker, forms)
    except (OSError, ImportError, NotImplementedError, ValueError):
        return None


class _Pipeline:
    """Files handed to the worker in order, or read here while it is busy with the one needed
    next; each kept until its turn comes."""

    def __init__(self, paths: Sequence[Path], sizes: list[int], forms: Mapping[FormKey, Form],
                 progress: Sequence[Progress], pool: ProcessPoolExecutor, start: Future):
        self.paths, self.sizes, self.forms, self.progress = paths, sizes, forms, progress
        self.pool, self.start, self.working = pool, start, True
        self.ahead: deque[tuple[int, Future]] = deque()      # handed to the worker, in order
        self.held: dict[int, Arrivals | SurveyError] = {}    # read, waiting for their turn
        self.given = 0                                       # files handed out, either side

    def room(self) -> bool:
        """Whether one more file may be read ahead of the one the caller merges."""
        out = [i for i, _ in self.ahead] + list(self.held)
        return len(out) < HELD and (len(out) < 2 or sum(self.sizes[i] for i in out) < HELD_BYTES)

    def feed(self) -> None:
        """Keep the worker busy: AHEAD files queued and not yet read, while there is room."""
        while (self.working and self.given < len(self.paths) and self.room()
               and sum(not future.done() for _, future in self.ahead) < AHEAD):
            try:
                future = self.pool.submit(_read_there, str(self.paths[self.given]))
            except BrokenProcessPool:
                self.working = False
                return
            self.ahead.append((self.given, future))
            self.given += 1

    def read_next_here(self) -> None:
        if self.given not in self.held:
            self.held[self.given] = _read_here(self.paths[self.given], self.forms,
                                               self.progress[self.given])
        self.given += 1

    def take_from_worker(self) -> None:
        """The worker's oldest file (waiting for it); without a working worker (it was killed,
        or the forms could not reach it), read it and the rest here."""
        index, future = self.ahead[0]
        _wait(future, self.progress[index])          # a cancel raises here, the file kept ahead
        self.ahead.popleft()
        try:
            if self.start.exception() is None:
                self.held[index] = _outcome(future)
                return
        except BrokenProcessPool:
            pass
        self.working, self.given = False, index
        self.ahead.clear()

    def file(self, i: int) -> Arrivals | SurveyError:
        """File i, once every file before it was taken."""
        while i not in self.held:
            self.feed()
            if not self.ahead:
                self.read_next_here()
            elif (self.ahead[0][1].done() or self.given == len(self.paths)
                  or not self.room()):
                self.take_from_worker()
            else:                                    # the worker is busy with file i
                self.read_next_here()
        found = self.held.pop(i)
        self.feed()
        return found


def read_in_order(paths: Sequence[Path], forms: Mapping[FormKey, Form],
                  progress: Sequence[Progress] | None = None,
                  ) -> Iterator[Arrivals | SurveyError]:
    """Each file's Arrivals, or the SurveyError refusing it, in the order of `paths`.

    `progress`: one Progress per file, stepped while that file is read (or waited for) and
    asked whether to stop. Close the iterator when done early (contextlib.closing): that stops
    the worker without waiting for the file it is reading."""
    progress = list(progress) if progress is not None else [SILENT] * len(paths)
    sizes = _sizes(paths)
    worth_it = len(paths) >= WORKER_MIN_FILES and sum(sizes) >= WORKER_MIN_BYTES
    started = _pool(forms) if worth_it else None
    if started is None:
        for path, reading in zip(paths, progress):
            yield _read_here(path, forms, reading)
        return
    pipeline = _Pipeline(paths, sizes, forms, progress, *started)
    finished = False
    try:
        for i in range(len(paths)):
            yield pipeline.file(i)
        finished = True
    finally:
        _stop(pipeline.pool, finished)


def _stop(pool: ProcessPoolExecutor, finished: bool) -> None:
    """Shut the worker down; stopped early (a cancel, an error), end the file it is reading
    rather than wait for it (it only reads: nothing of the store is in it)."""
    if not finished:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
