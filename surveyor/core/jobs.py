"""Every job a person starts, for the command line and the window alike.

A job takes the store's path (and its inputs), opens its own Store (a SQLite connection belongs
to the thread that opened it, so the window runs each job on its worker thread), reports
progress through a Progress, and returns a report: a frozen value that the CLI prints and the
window shows, translated. Refusals are SurveyErrors, which keep their Problem and context.
This module imports the heavy wings (pyxform, sqlite-utils, calamine): callers that must start
fast import it when a job runs.
"""

from __future__ import annotations

import getpass
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.catalog import Catalog, add_form, load_catalog
from surveyor.core.forms.check import FormSummary, summarise
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response
from surveyor.core.store import ImportRecord, Store
from surveyor.core.store import backups as backup_files
from surveyor.core.sync import conflicts as conflict_review
from surveyor.core.sync.conflicts import ConflictView
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import MergeReport, import_workbooks
from surveyor.core.workbook import ExportStats

Forms = Mapping[FormKey, Form]


def who(store: Store) -> str:
    """The name audit rows and imports are recorded under: the inspector set, else the login."""
    return store.setting("inspector") or getpass.getuser()


def form_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Where forms come from: the bundled ones, the user's forms folder, then `extra`."""
    return [paths.forms_dir(), paths.user_forms_dir(), *extra]


def catalog(extra: Iterable[Path] = (), *, strict: bool = True) -> Catalog:
    """The forms a user has (strict: the first unusable form raises)."""
    return load_catalog(form_folders(extra), strict=strict)


def check_forms(files: Sequence[Path]) -> list[FormSummary]:
    """`form check`: each file read and checked."""
    return [summarise(path) for path in files]


def add_user_form(path: Path) -> FormSummary:
    """"Add form…": checked, then copied into the user's forms folder when usable."""
    return add_form(path, paths.user_forms_dir())


# -- sync ----------------------------------------------------------------------------------------

def import_files(db_path: Path, files: Sequence[Path], forms: Forms, *, dry_run: bool = False,
                 progress: Progress = SILENT) -> MergeReport:
    """Merge workbooks into the store (dry run: report only, write nothing)."""
    with Store(db_path) as store:
        return import_workbooks(store, files, forms, who=who(store), dry_run=dry_run,
                                progress=progress)


def export_file(db_path: Path, output: Path, forms: Forms, *, form_id: str | None = None,
                since: str | None = None, progress: Progress = SILENT) -> ExportStats:
    """Write the sync workbook of the store (one form, changed since a date, if given)."""
    with Store(db_path) as store:
        return export_workbook(store, output, forms, who=who(store), form_id=form_id,
                               since=since, progress=progress)


@dataclass(frozen=True)
class MergeResult:
    report: MergeReport
    stats: ExportStats | None        # None when the job stopped before writing


def merge_files(files: Sequence[Path], output: Path, forms: Forms, *,
                progress: Progress = SILENT) -> MergeResult:
    """Import workbooks into a fresh store, then write one workbook of them all."""
    with tempfile.TemporaryDirectory(prefix="surveyor-merge-") as tmp:
        db = Path(tmp) / "merge.sqlite"
        report = import_files(db, files, forms, progress=progress)
        stats = export_file(db, output, forms, progress=progress)
    return MergeResult(report, stats)


# -- the store -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusReport:
    db_path: Path
    tally: Mapping[tuple[str, str], int]     # (form_id, status) -> responses not deleted
    open_conflicts: int
    imports: int

    @property
    def total(self) -> int:
        return sum(self.tally.values())


def status(db_path: Path) -> StatusReport:
    with Store(db_path) as store:
        return StatusReport(db_path, store.tally(), len(store.conflicts()), len(store.imports()))


def history(db_path: Path) -> list[ImportRecord]:
    """Every import, newest first."""
    with Store(db_path) as store:
        return store.imports()


@dataclass(frozen=True)
class UndoReport:
    import_id: int
    backup: Path                     # the store as it was before the undo


def undo_import(db_path: Path, import_id: int) -> UndoReport:
    """Undo one import, after a backup of the store."""
    with Store(db_path) as store:
        backup = store.backup("undo")
        store.undo_import(import_id, who=who(store))
    return UndoReport(import_id, backup)


def backups(db_path: Path) -> list[Path]:
    """The store's backups, newest first."""
    return backup_files.list_backups(db_path)


@dataclass(frozen=True)
class RestoreReport:
    backup: Path
    db_path: Path
    previous: Path | None            # the backup made of the store it replaced


def restore(db_path: Path, backup: Path) -> RestoreReport:
    """Put a backup in place of the store (close every Store open on it first)."""
    return RestoreReport(backup, db_path, backup_files.restore(db_path, backup))


@dataclass(frozen=True)
class DemoReport:
    db_path: Path
    seed: int
    added: int                       # responses new to the store
    total: int


def demo(db_path: Path, forms: Forms, *, responses: int = 40, seed: int = 0,
         progress: Progress = SILENT) -> DemoReport:
    """Fill the store with sample responses (the same for the same seed)."""
    with Store(db_path) as store:
        before = store.count()
        fill_demo(store, forms, responses=responses, seed=seed, progress=progress)
        return DemoReport(db_path, seed, store.count() - before, store.count())


# -- conflicts -----------------------------------------------------------------------------------

def conflicts(db_path: Path, forms: Forms | None = None) -> list[ConflictView]:
    """The open conflicts, oldest first, each with both sides and its fields (in the order of
    its form, when `forms` has it)."""
    with Store(db_path) as store:
        return [conflict_review.conflict_view(store, c.id, forms) for c in store.conflicts()]


def resolve_conflict(db_path: Path, conflict_id: int, *, take: str = conflict_review.LOCAL,
                     picks: Mapping[str, str] | None = None) -> Response:
    """Close a conflict: each field from `take` unless `picks` names its side; returns the
    new current state, whose history holds both sides."""
    with Store(db_path) as store:
        return conflict_review.resolve(store, conflict_id, picks, take=take, who=who(store))


def resolve_conflicts(db_path: Path, conflict_ids: Sequence[int], *,
                      take: str = conflict_review.LOCAL,
                      prefer_filled: bool = False) -> list[Response]:
    """Close many conflicts with one choice (all or none): every field from `take`, except
    fields only the other side changed since their common ancestor, and (prefer_filled) fields
    `take` left empty that the other side filled. Returns the new current states."""
    with Store(db_path) as store:
        return conflict_review.resolve_many(store, conflict_ids, take=take,
                                            prefer_filled=prefer_filled, who=who(store))
