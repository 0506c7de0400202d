"""Import (merge) of sync workbooks: the merge rule, applying it, and the report of what it did.

Per uuid, the incoming state against the stored current one (DESIGN.md "Merge"): `classify`
states the rule; `import_workbooks` gets each file read and prepared (arrivals.py, in a worker
process while it merges the previous file), plans it, then applies the plan with its own import
record, so a refused file changes nothing. Applied files are committed in groups of about
COMMIT_ROWS rows (each commit costs a write of every index page it touched); a cancel or an
error commits the files finished before it.

Counts: new + updated + merged + unchanged + stale + conflicts = rows read from the accepted
files. `edited_outside` counts rows whose cells were edited outside Surveyor and that brought a
state the store did not hold; each is also counted as new, updated or conflicts.
`possible_duplicates` counts flagged pairs (not those dismissed, here or in a file's
`_dismissed` sheet, which the import takes); `rejected` counts refused files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import closing, nullcontext
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey, Identity
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response, row_hash
from surveyor.core.store import Head, Store
from surveyor.core.store.rows import from_row, gc_paused, state_row
from surveyor.core.sync.arrivals import Arrival, Arrivals, read_in_order
from surveyor.core.sync.conflicts import auto_merge
from surveyor.core.sync.duplicates import NO_IDENTITY, Duplicate, DuplicateIndex, row_keys
from surveyor.core.workbook.dismissed import DismissedPair

COUNT_KEYS = ("new", "updated", "merged", "unchanged", "stale", "conflicts", "edited_outside",
              "possible_duplicates", "rejected")
APPLY_BATCH = 2000      # states per put_rows call, with a progress step (and a cancel check) each
COMMIT_ROWS = 20_000    # states written before the files applied so far are committed


class Versioned(Protocol):
    """What the merge rule looks at: a Response, a store Head or an Arrival."""

    version: str
    history: tuple[str, ...]


class Outcome(Enum):
    """What the merge rule says about one incoming state; the value is its count key."""

    NEW = "new"
    UPDATED = "updated"
    MERGED = "merged"           # a conflict the three-way rule settled (see plan_file)
    UNCHANGED = "unchanged"
    STALE = "stale"
    CONFLICT = "conflicts"


def classify(stored: Versioned | None, incoming: Versioned, *, known: bool = False) -> Outcome:
    """The merge rule for one uuid. `known`: the store already holds the incoming version as
    some state (a side of an earlier conflict, an old ancestor), so it is nothing new.

    A CONFLICT then goes through the three-way rule (plan_file, sync/conflicts.py auto_merge):
    when the store has the sides' common ancestor, each field changed since it on one side only
    takes that side; if no answer was changed on both sides to different values (and the sides
    agree on form version, deletion and merge pointer), the two merge by themselves: MERGED, a
    merge node whose history holds both, written by the import (so undone with it). Otherwise
    it stays a conflict for a person, who sees the one-sided fields suggested."""
    if stored is None:
        return Outcome.NEW
    if incoming.version == stored.version:
        return Outcome.UNCHANGED
    if stored.version in incoming.history:
        return Outcome.UPDATED
    if incoming.version in stored.history:
        return Outcome.STALE
    return Outcome.UNCHANGED if known else Outcome.CONFLICT


@dataclass(frozen=True)
class FileReport:
    name: str
    sha256: str
    import_id: int | None            # None for a dry run
    counts: Mapping[str, int]
    previous_import: int | None = None   # an earlier, not undone import of the same bytes


@dataclass(frozen=True)
class ConflictNote:
    uuid: str
    local_version: str
    incoming_version: str
    file: str


@dataclass(frozen=True)
class MergedNote:
    """A response whose two sides merged by themselves: each changed different fields."""

    uuid: str
    local_version: str
    incoming_version: str
    version: str                     # the merged state, now current
    taken: tuple[str, ...]           # the fields that took the incoming side
    file: str


@dataclass(frozen=True)
class Rejected:
    file: str
    message: str                     # the English message, as the CLI prints it
    problem: str                     # the Problem's name, for the UI to translate ...
    context: Mapping[str, object] = field(default_factory=dict)   # ... and fill in again

    @classmethod
    def of(cls, file: str, error: SurveyError) -> Rejected:
        return cls(file, error.message(), error.problem.name, dict(error.context))


@dataclass(frozen=True)
class MergeReport:
    counts: dict[str, int]
    files: tuple[FileReport, ...] = ()
    conflicts: tuple[ConflictNote, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    dry_run: bool = False
    merged: tuple[MergedNote, ...] = ()

    def as_json(self) -> dict:
        """The counts at the top level; the lists under "files" and "details" (whose keys
        "conflicts" and "rejected" would otherwise clash with the counts)."""
        return {
            **{key: self.counts[key] for key in COUNT_KEYS},
            "dry_run": self.dry_run,
            "files": [{"name": f.name, "sha256": f.sha256, "import_id": f.import_id,
                       "previous_import": f.previous_import, "counts": dict(f.counts)}
                      for f in self.files],
            "details": {
                "conflicts": [asdict(c) for c in self.conflicts],
                "merged": [asdict(m) for m in self.merged],
                "duplicates": [asdict(d) for d in self.duplicates],
                "rejected": [{"file": r.file, "message": r.message, "problem": r.problem}
                             for r in self.rejected],
            },
        }


@dataclass
class _Plan:
    """What one accepted file will change, worked out before anything is written."""

    name: str                        # the file's name, as import records and reports show it
    arrived: Arrivals
    counts: Counter = field(default_factory=Counter)
    put: list[Arrival] = field(default_factory=list)          # new and updated: made current
    replacing: set[str] = field(default_factory=set)          # uuids of the updated ones
    keep: list[Arrival] = field(default_factory=list)         # incoming sides of conflicts
    conflicts: list[ConflictNote] = field(default_factory=list)
    merged: list[MergedNote] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


class _View:
    """The store as the merge sees it; a dry run also remembers what earlier files would do."""

    def __init__(self, store: Store, dry_run: bool):
        self.store, self.dry_run = store, dry_run
        self.current: dict[str, Arrival] = {}
        self.known: set[tuple[str, str]] = set()
        self.indexes: dict[str, DuplicateIndex] = {}
        self.dismissed: dict[str, set[frozenset[str]]] = {}    # form id -> pairs files brought

    def heads(self, uuids: list[str]) -> dict[str, Head | Arrival]:
        found: dict[str, Head | Arrival] = {}
        found.update(self.store.heads(u for u in uuids if u not in self.current))
        found.update((u, self.current[u]) for u in uuids if u in self.current)
        return found

    def knows(self, uuid: str, version: str) -> bool:
        return (uuid, version) in self.known or self.store.knows(uuid, version)

    def index(self, form_id: str, identity: Identity) -> DuplicateIndex:
        """A form's stored responses by identity; dismissed pairs (here, or in the files so
        far) stay unflagged."""
        if form_id not in self.indexes:
            self.indexes[form_id] = DuplicateIndex.of_answers(
                form_id, identity, self.store.answers_of(form_id, identity.keys),
                self.store.reviews.dismissed(form_id) | self.dismissed.get(form_id, set()))
        return self.indexes[form_id]

    def dismiss(self, pairs: Iterable[DismissedPair]) -> None:
        """Pairs a file brought, dismissed elsewhere: not flagged from this file on."""
        for found in pairs:
            both = frozenset((found.first, found.second))
            self.dismissed.setdefault(found.form_id, set()).add(both)
            if found.form_id in self.indexes:
                self.indexes[found.form_id].dismissed.add(both)

    def auto_merge(self, old: Head | Arrival, item: Arrival) -> tuple[Response, tuple] | None:
        """The three-way merge of a conflicting pair (sync/conflicts.py auto_merge), if any."""
        local = from_row(old.row) if isinstance(old, Arrival) else self.store.get(old.uuid)
        return auto_merge(self.store, local, from_row(item.row))

    def remember(self, plan: _Plan) -> None:
        """After a dry-run file: later files see its effects as if it had been written."""
        self.current.update((a.uuid, a) for a in plan.put)
        self.known.update((a.uuid, a.version) for a in plan.put + plan.keep)


def _check_uuids(arrived: Arrivals, stored: Mapping[str, Head | Arrival]) -> None:
    """Refuse a file with a uuid on two rows, or a uuid this store holds under another form."""
    first: dict[str, Arrival] = {}
    for item in arrived.items:
        uuid = item.uuid
        old, other = stored.get(uuid), first.setdefault(uuid, item)
        if other is item and (old is None or old.form_id == item.form_id):
            continue
        where = {"file": Path(arrived.file).name, "sheet": item.sheet, "row": item.number,
                 "uuid": uuid}
        if other is not item:
            raise SurveyError(Problem.UUID_TWICE, **where, first_sheet=other.sheet,
                              first_row=other.number)
        raise SurveyError(Problem.UUID_OTHER_FORM, **where, stored_form=old.form_id,
                          form_id=item.form_id)


def plan_file(view: _View, name: str, arrived: Arrivals) -> _Plan:
    """Classify every row of a read workbook against the store; raise SurveyError to refuse it."""
    stored = view.heads([item.uuid for item in arrived.items])
    _check_uuids(arrived, stored)
    plan = _Plan(name, arrived)
    for item in arrived.items:
        old = stored.get(item.uuid)
        outcome = classify(old, item)
        if outcome is Outcome.CONFLICT and view.knows(item.uuid, item.version):
            outcome = classify(old, item, known=True)
        settled = view.auto_merge(old, item) if outcome is Outcome.CONFLICT else None
        if settled is not None:
            outcome = Outcome.MERGED
        plan.counts[outcome.value] += 1
        if item.edited and outcome not in (Outcome.UNCHANGED, Outcome.STALE):
            plan.counts["edited_outside"] += 1
        if settled is not None:
            state, taken = settled
            plan.put.append(_replace_state(item, state))
            plan.replacing.add(item.uuid)
            plan.keep.append(item)
            plan.merged.append(MergedNote(item.uuid, old.version, item.version, state.version,
                                          taken, name))
        elif outcome is Outcome.NEW:
            plan.put.append(item)
        elif outcome is Outcome.UPDATED:
            plan.put.append(item)
            plan.replacing.add(item.uuid)
        elif outcome is Outcome.CONFLICT:
            plan.keep.append(item)
            plan.conflicts.append(ConflictNote(item.uuid, old.version, item.version, name))
    return plan


def _replace_state(item: Arrival, state: Response) -> Arrival:
    """The arrival of `item`'s row carrying another state (the merged one) instead; its
    duplicate keys are worked out when the file's pairs are flagged (_flag_duplicates)."""
    return item._replace(version=state.version, history=state.history, edited=False,
                         row=state_row(state, row_hash(state)), keys=())


def _flag_duplicates(view: _View, plan: _Plan) -> None:
    """Pairs involving the file's new and updated responses, by their form's identity (a form
    without one flags nothing); the index then includes them. Responses the file leaves without
    keys (deleted, such as a duplicate merged into another) leave the index first, so no pair
    is flagged with them. The keys of a state the three-way rule made here are worked out."""
    made = {note.uuid for note in plan.merged}
    found = []
    for item in plan.put:
        identity = plan.arrived.identities.get(item.form_id, NO_IDENTITY)
        if identity:
            keys = row_keys(item.row, identity) if item.uuid in made else item.keys
            found.append((view.index(item.form_id, identity), item.uuid, keys))
    for index, uuid, keys in found:
        if not keys:
            index.flag_keys(uuid, keys)
    for index, uuid, keys in found:
        if keys:
            plan.duplicates.extend(index.flag_keys(uuid, keys))
    plan.counts["possible_duplicates"] = len(plan.duplicates)


def _file_counts(plan: _Plan) -> dict[str, int]:
    return {key: plan.counts.get(key, 0) for key in COUNT_KEYS}


def apply_plan(store: Store, plan: _Plan, *, who: str, progress: Progress) -> int:
    """Write one file's plan in one transaction with its import record; returns the import id."""
    with store.transaction():
        import_id = store.begin_import(plan.name, plan.arrived.sha256, who=who)
        store.media.put(plan.arrived.media.values())     # files first: the states name them
        for start in range(0, len(plan.put), APPLY_BATCH):
            progress.step(start, len(plan.put), plan.name)
            batch = plan.put[start:start + APPLY_BATCH]
            current = store.get_many(a.uuid for a in batch if a.uuid in plan.replacing)
            store.put_rows([a.row for a in batch], who=who, import_id=import_id,
                           current=current)
        if plan.keep:
            store.keep_rows([a.row for a in plan.keep], import_id=import_id)
        for note in plan.conflicts:
            store.open_conflict(note.uuid, note.local_version, note.incoming_version,
                                import_id=import_id)
        store.reviews.take_dismissed(plan.arrived.dismissed, import_id=import_id, who=who)
        store.finish_import(import_id, _file_counts(plan))
        progress.step(len(plan.put), len(plan.put), plan.name)
    return import_id


@dataclass
class _Run:
    """What an import call has done so far."""

    files: list[FileReport] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    merged: list[MergedNote] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    backed_up: bool = False
    unsaved: int = 0                 # states written since the last commit

    def report(self, dry_run: bool) -> MergeReport:
        counts = {key: self.counts.get(key, 0) for key in COUNT_KEYS}
        counts["rejected"] = len(self.rejected)
        return MergeReport(counts, tuple(self.files), tuple(self.conflicts),
                           tuple(self.duplicates), tuple(self.rejected), dry_run,
                           tuple(self.merged))


def _merge_file(store: Store, view: _View, run: _Run, path: Path, arrived: Arrivals, *,
                who: str, progress: Progress) -> None:
    """Plan one read file and apply it (or, in a dry run, remember it); a refusal is recorded."""
    try:
        plan = plan_file(view, path.name, arrived)
    except SurveyError as error:
        run.rejected.append(Rejected.of(path.name, error))
        return
    view.dismiss(arrived.dismissed)
    _flag_duplicates(view, plan)
    progress.step(0, 1, path.name)                   # read and planned: 70% of the file's share
    previous = store.find_import(arrived.sha256)
    import_id = None
    if view.dry_run:
        view.remember(plan)
    else:
        if not run.backed_up:
            store.backup("import")
            run.backed_up = True
        import_id = apply_plan(store, plan, who=who, progress=progress)
        run.unsaved += len(plan.put) + len(plan.keep)
        if run.unsaved >= COMMIT_ROWS:
            store.commit_so_far()
            run.unsaved = 0
    run.counts.update(_file_counts(plan))
    run.files.append(FileReport(path.name, arrived.sha256, import_id, _file_counts(plan),
                                previous.id if previous and not previous.undone else None))
    run.conflicts.extend(plan.conflicts)
    run.merged.extend(plan.merged)
    run.duplicates.extend(plan.duplicates)


def import_workbooks(store: Store, paths: Iterable[str | Path], forms: Mapping[FormKey, Form],
                     *, who: str, dry_run: bool = False,
                     progress: Progress = SILENT) -> MergeReport:
    """Merge sync workbooks into the store, each file with its own import record (or nothing
    written: dry run). A cancel or an error keeps the files merged before it."""
    paths = [Path(p) for p in paths]
    view, run, total = _View(store, dry_run), _Run(), 100 * len(paths)
    reading = [progress.part(100 * i, 70, total, p.name) for i, p in enumerate(paths)]
    with closing(read_in_order(paths, forms, reading)) as arriving, \
            (nullcontext() if dry_run else store.transaction()):
        try:
            for i, path in enumerate(paths):
                progress.step(100 * i, total, path.name)
                with gc_paused():            # one file read (or unpickled), planned, written
                    arrived = next(arriving)
                    if isinstance(arrived, SurveyError):
                        run.rejected.append(Rejected.of(path.name, arrived))
                        continue
                    _merge_file(store, view, run, path, arrived, who=who,
                                progress=progress.part(100 * i + 70, 30, total, path.name))
            progress.step(total, total, "")
        except BaseException:                        # a cancel, or any error between files
            if not dry_run:
                store.commit_so_far()
            raise
    return run.report(dry_run)
