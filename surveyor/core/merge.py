"""Import (merge) of sync workbooks: the merge rule, applying it, and the report of what it did.

Per uuid, the incoming state against the stored current one (DESIGN.md "Merge"): `classify`
states the rule; `import_workbooks` reads each file fully, plans it, then applies the plan in
one transaction with its own import record, so a refused file changes nothing.

Counts: new + updated + unchanged + stale + conflicts = rows read from the accepted files.
`edited_outside` counts rows whose cells were edited outside Surveyor and that brought a state
the store did not hold; each is also counted as new, updated or conflicts. `possible_duplicates`
counts flagged pairs; `rejected` counts refused files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from pathlib import Path

from surveyor.core.duplicates import Duplicate, DuplicateIndex
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import HISTORY_LIMIT, Response, content, make_version, row_hash
from surveyor.core.store import Store
from surveyor.core.workbook import FormKey, IncomingRow, WorkbookRead, read_workbook

COUNT_KEYS = ("new", "updated", "unchanged", "stale", "conflicts", "edited_outside",
              "possible_duplicates", "rejected")
APPLY_BATCH = 2000      # states per put_states call, with a progress step (and a cancel check) each


class Outcome(Enum):
    """What the merge rule says about one incoming state; the value is its count key."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    STALE = "stale"
    CONFLICT = "conflicts"


def classify(stored: Response | None, incoming: Response, *, known: bool = False) -> Outcome:
    """The merge rule for one uuid. `known`: the store already holds the incoming version as
    some state (a side of an earlier conflict, an old ancestor), so it is nothing new."""
    if stored is None:
        return Outcome.NEW
    if incoming.version == stored.version:
        return Outcome.UNCHANGED
    if stored.version in incoming.history:
        return Outcome.UPDATED
    if incoming.version in stored.history:
        return Outcome.STALE
    return Outcome.UNCHANGED if known else Outcome.CONFLICT


def incoming_state(row: IncomingRow) -> tuple[Response, bool]:
    """The state a workbook row brings, and whether its cells were edited outside Surveyor
    (then it is a new state descending from the version the row names)."""
    response = row.response
    if row_hash(response) == row.stated_hash:
        return response, False
    named = response.version
    history = ((named,) + response.history)[:HISTORY_LIMIT] if named else response.history
    edited = replace(response, version=make_version(named or None, content(response)),
                     history=history, edited_outside=True)
    return edited, True


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
class Rejected:
    file: str
    message: str
    problem: str                     # the Problem's name, for the UI to translate


@dataclass(frozen=True)
class MergeReport:
    counts: dict[str, int]
    files: tuple[FileReport, ...] = ()
    conflicts: tuple[ConflictNote, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    dry_run: bool = False

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
                "duplicates": [asdict(d) for d in self.duplicates],
                "rejected": [asdict(r) for r in self.rejected],
            },
        }


@dataclass
class _Plan:
    """What one accepted file will change, worked out before anything is written."""

    name: str                        # the file's name, as import records and reports show it
    read: WorkbookRead
    counts: Counter = field(default_factory=Counter)
    put: list[Response] = field(default_factory=list)         # new and updated: made current
    keep: list[Response] = field(default_factory=list)        # incoming sides of conflicts
    conflicts: list[ConflictNote] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


class _View:
    """The store as the merge sees it; a dry run also remembers what earlier files would do."""

    def __init__(self, store: Store, dry_run: bool):
        self.store, self.dry_run = store, dry_run
        self.current: dict[str, Response] = {}
        self.known: set[tuple[str, str]] = set()
        self.indexes: dict[str, DuplicateIndex] = {}

    def get_many(self, uuids: list[str]) -> dict[str, Response]:
        found = self.store.get_many(u for u in uuids if u not in self.current)
        found.update((u, self.current[u]) for u in uuids if u in self.current)
        return found

    def knows(self, uuid: str, version: str) -> bool:
        return (uuid, version) in self.known or self.store.state(uuid, version) is not None

    def index(self, form_id: str) -> DuplicateIndex:
        if form_id not in self.indexes:
            self.indexes[form_id] = DuplicateIndex(self.store.responses(form_id))
        return self.indexes[form_id]

    def remember(self, plan: _Plan) -> None:
        """After a dry-run file: later files see its effects as if it had been written."""
        self.current.update((s.uuid, s) for s in plan.put)
        self.known.update((s.uuid, s.version) for s in plan.put + plan.keep)


def _check_uuids(read: WorkbookRead, stored: Mapping[str, Response]) -> None:
    """Refuse a file with a uuid on two rows, or a uuid this store holds under another form."""
    first: dict[str, IncomingRow] = {}
    for row in read.rows:
        uuid, form_id = row.response.uuid, row.response.form_id
        old, other = stored.get(uuid), first.setdefault(uuid, row)
        if other is row and (old is None or old.form_id == form_id):
            continue
        where = {"file": Path(read.file).name, "sheet": row.sheet, "row": row.row, "uuid": uuid}
        if other is not row:
            raise SurveyError(Problem.UUID_TWICE, **where, first_sheet=other.sheet,
                              first_row=other.row)
        raise SurveyError(Problem.UUID_OTHER_FORM, **where, stored_form=old.form_id,
                          form_id=form_id)


def plan_file(view: _View, name: str, read: WorkbookRead) -> _Plan:
    """Classify every row of a read workbook against the store; raise SurveyError to refuse it."""
    stored = view.get_many([row.response.uuid for row in read.rows])
    _check_uuids(read, stored)
    plan = _Plan(name, read)
    for row in read.rows:
        state, edited = incoming_state(row)
        old = stored.get(state.uuid)
        outcome = classify(old, state)
        if outcome is Outcome.CONFLICT and view.knows(state.uuid, state.version):
            outcome = classify(old, state, known=True)
        plan.counts[outcome.value] += 1
        if edited and outcome in (Outcome.NEW, Outcome.UPDATED, Outcome.CONFLICT):
            plan.counts["edited_outside"] += 1
        if outcome in (Outcome.NEW, Outcome.UPDATED):
            plan.put.append(state)
        elif outcome is Outcome.CONFLICT:
            plan.keep.append(state)
            plan.conflicts.append(ConflictNote(state.uuid, old.version, state.version,
                                               name))
    return plan


def _flag_duplicates(view: _View, plan: _Plan) -> None:
    """Pairs involving the file's new and updated responses; the index then includes them."""
    for state in plan.put:
        plan.duplicates.extend(view.index(state.form_id).flag(state))
    plan.counts["possible_duplicates"] = len(plan.duplicates)


def _file_counts(plan: _Plan) -> dict[str, int]:
    return {key: plan.counts.get(key, 0) for key in COUNT_KEYS}


def apply_plan(store: Store, plan: _Plan, *, who: str, progress: Progress) -> int:
    """Write one file's plan in one transaction with its import record; returns the import id."""
    with store.transaction():
        import_id = store.begin_import(plan.name, plan.read.sha256, who=who)
        for start in range(0, len(plan.put), APPLY_BATCH):
            progress.step(start, len(plan.put), plan.name)
            store.put_states(plan.put[start:start + APPLY_BATCH], who=who, import_id=import_id)
        if plan.keep:
            store.keep_states(plan.keep, import_id=import_id)
        for note in plan.conflicts:
            store.open_conflict(note.uuid, note.local_version, note.incoming_version,
                                import_id=import_id)
        store.finish_import(import_id, _file_counts(plan))
        progress.step(len(plan.put), len(plan.put), plan.name)
    return import_id


def _part(progress: Progress, start: int, width: int, total: int, note: str) -> Progress:
    """A Progress for one part of the job, mapped onto the whole job's scale."""
    def report(done: int, part_total: int, _note: str = "") -> None:
        share = width * done // part_total if part_total else 0
        progress.report(start + min(share, width), total, note)
    return Progress(report=report, cancelled=progress.cancelled)


def import_workbooks(store: Store, paths: Iterable[str | Path], forms: Mapping[FormKey, Form],
                     *, who: str, dry_run: bool = False,
                     progress: Progress = SILENT) -> MergeReport:
    """Merge sync workbooks into the store, each file in its own transaction (or none: dry run)."""
    paths = [Path(p) for p in paths]
    view, total, backed_up = _View(store, dry_run), 100 * len(paths), dry_run
    files, conflicts, duplicates, rejected = [], [], [], []
    counts = Counter()
    for i, path in enumerate(paths):
        progress.step(100 * i, total, path.name)
        try:
            read = read_workbook(path, forms, _part(progress, 100 * i, 70, total, path.name))
            plan = plan_file(view, path.name, read)
        except SurveyError as error:
            rejected.append(Rejected(path.name, error.message(), error.problem.name))
            continue
        _flag_duplicates(view, plan)
        previous = store.find_import(read.sha256)
        import_id = None
        if dry_run:
            view.remember(plan)
        else:
            if not backed_up:
                store.backup("import")
                backed_up = True
            import_id = apply_plan(store, plan, who=who,
                                   progress=_part(progress, 100 * i + 70, 30, total, path.name))
        counts.update(_file_counts(plan))
        files.append(FileReport(path.name, read.sha256, import_id, _file_counts(plan),
                                previous.id if previous and not previous.undone else None))
        conflicts.extend(plan.conflicts)
        duplicates.extend(plan.duplicates)
    progress.step(total, total, "")
    counts["rejected"] = len(rejected)
    return MergeReport({key: counts.get(key, 0) for key in COUNT_KEYS}, tuple(files),
                       tuple(conflicts), tuple(duplicates), tuple(rejected), dry_run)
