"""Every job a person starts, for the command line and the window alike.

A job takes the store's path (and its inputs), opens its own Store (a SQLite connection belongs
to the thread that opened it, so the window runs each job on its worker thread), reports
progress through a Progress, and returns a report: a frozen value that the CLI prints and the
window shows, translated. Refusals are SurveyErrors, which keep their Problem and context.
This module imports the core's wings (calamine, xlsxwriter; pyxform and sqlite-utils load when
first needed): callers that must start fast import it when a job runs. The report (pandas) and
the demo are imported by the jobs that use them.
"""

from __future__ import annotations

import getpass
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from surveyor import paths
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.catalog import (
    Catalog,
    add_form,
    forms_cache_dir,
    indicators_file,
    load_catalog,
)
from surveyor.core.forms.check import FormSummary, summarise
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response
from surveyor.core.store import ImportRecord, Store
from surveyor.core.store import backups as backup_files
from surveyor.core.sync import conflicts as conflict_review
from surveyor.core.sync import outside as outside_review
from surveyor.core.sync import pairs as duplicate_review
from surveyor.core.sync.conflicts import ConflictView
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import MergeReport, import_workbooks
from surveyor.core.sync.outside import OutsideEdit
from surveyor.core.sync.pairs import DuplicateView
from surveyor.core.workbook import ExportStats, crypt

if TYPE_CHECKING:                    # the report (pandas) and the demo load when used
    from surveyor.core.report.compute import Results
    from surveyor.core.report.indicators import Definitions, DefinitionsSummary
    from surveyor.core.report.write import ReportStats

Forms = Mapping[FormKey, Form]


def who(store: Store) -> str:
    """The name audit rows and imports are recorded under: the inspector set, else the login."""
    return store.setting("inspector") or getpass.getuser()


def form_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Where forms come from: the bundled ones, the user's forms folder, then `extra`."""
    return [paths.forms_dir(), paths.user_forms_dir(), *extra]


def catalog(extra: Iterable[Path] = (), *, strict: bool = True,
            db_path: Path | None = None) -> Catalog:
    """The forms a user has (strict: the first unusable form raises); with the store's path,
    parsed forms are kept beside it, so an unchanged workbook is not parsed again."""
    cache = forms_cache_dir(db_path) if db_path is not None else None
    return load_catalog(form_folders(extra), strict=strict, cache=cache)


def check_forms(files: Sequence[Path]) -> list[FormSummary | DefinitionsSummary]:
    """`form check`: each file read and checked (indicator definitions as such)."""
    from surveyor.core.report.indicators import check_definitions, is_definitions_file

    forms: list[Forms] = []

    def known() -> Forms:
        if not forms:
            forms.append(catalog(strict=False).forms)
        return forms[0]
    return [check_definitions(path, known()) if is_definitions_file(path) else summarise(path)
            for path in files]


def add_user_form(path: Path) -> FormSummary:
    """"Add form…": checked, then copied into the user's forms folder when usable."""
    return add_form(path, paths.user_forms_dir())


# -- sync ----------------------------------------------------------------------------------------

def import_files(db_path: Path, files: Sequence[Path], forms: Forms, *, dry_run: bool = False,
                 password: str | None = None, progress: Progress = SILENT) -> MergeReport:
    """Merge workbooks into the store (dry run: report only, write nothing). Protected
    workbooks are opened with `password`; without it each is refused (PASSWORD_NEEDED)."""
    with Store(db_path) as store, crypt.decrypted(list(files), password) as plain:
        return import_workbooks(store, plain, forms, who=who(store), dry_run=dry_run,
                                progress=progress)


def export_file(db_path: Path, output: Path, forms: Forms, *, form_id: str | None = None,
                since: str | None = None, password: str | None = None,
                progress: Progress = SILENT, media: bool = True) -> ExportStats:
    """Write the sync workbook of the store (one form, changed since a date, if given),
    protected by `password` when one is given (Office's agile encryption); `media` False
    leaves the attached files out (their `_media` rows still name them)."""
    with Store(db_path) as store:
        if password is None:
            return export_workbook(store, output, forms, who=who(store), form_id=form_id,
                                   since=since, progress=progress, media=media)
        with tempfile.TemporaryDirectory(prefix="surveyor-export-") as folder:
            plain = Path(folder) / output.name
            stats = export_workbook(store, plain, forms, who=who(store), form_id=form_id,
                                    since=since, progress=progress, media=media)
            crypt.encrypt(plain, output, password)
        return replace(stats, path=output)


@dataclass(frozen=True)
class MergeResult:
    report: MergeReport
    stats: ReportStats | None        # None when the job stopped before writing


def merge_files(files: Sequence[Path], output: Path, forms: Forms, *, language: str = "vi",
                progress: Progress = SILENT) -> MergeResult:
    """Import workbooks into a fresh store, then write its consolidated report."""
    definitions = indicator_definitions(forms)      # refused before anything is imported
    with tempfile.TemporaryDirectory(prefix="surveyor-merge-") as tmp:
        db = Path(tmp) / "merge.sqlite"
        report = import_files(db, files, forms, progress=progress)
        stats = report_file(db, output, forms, language=language, definitions=definitions,
                            progress=progress)
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
    from surveyor.core.demo.samples import fill_demo

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
                     picks: Mapping[str, str] | None = None,
                     forms: Forms | None = None) -> Response:
    """Close a conflict: each field from `take` unless `picks` names its side; returns the
    new current state, whose history holds both sides."""
    with Store(db_path) as store:
        return conflict_review.resolve(store, conflict_id, picks, take=take, who=who(store),
                                       forms=forms)


def resolve_conflicts(db_path: Path, conflict_ids: Sequence[int], *,
                      take: str = conflict_review.LOCAL, prefer_filled: bool = False,
                      forms: Forms | None = None) -> list[Response]:
    """Close many conflicts with one choice (all or none): every field from `take`, except
    fields only the other side changed since their common ancestor, and (prefer_filled) fields
    `take` left empty that the other side filled. Returns the new current states (their
    calculations worked out again when `forms` has their form)."""
    with Store(db_path) as store:
        return conflict_review.resolve_many(store, conflict_ids, take=take,
                                            prefer_filled=prefer_filled, who=who(store),
                                            forms=forms)


# -- duplicates and rows edited outside Surveyor -------------------------------------------------

def duplicates(db_path: Path, forms: Forms) -> list[DuplicateView]:
    """Every possible-duplicate pair the store holds now (not deleted, merged or dismissed),
    each side by side (fields in the order of its form)."""
    with Store(db_path) as store:
        return [duplicate_review.duplicate_view(store, pair.uuid, pair.other, forms,
                                                reason=pair.reason)
                for pair in duplicate_review.duplicate_pairs(store, forms)]


def merge_duplicate(db_path: Path, keep: str, drop: str, picks: Mapping[str, str] | None,
                    forms: Forms | None = None) -> Response:
    """Merge `drop` into `keep` (each field from keep unless `picks` says "drop"); returns the
    kept response's new state. The dropped one is soft-deleted, pointing at the kept uuid."""
    with Store(db_path) as store:
        return duplicate_review.merge_duplicates(store, keep, drop, picks, who=who(store),
                                                 forms=forms)


def dismiss_duplicate(db_path: Path, uuid: str, other: str) -> None:
    """Two different establishments: the pair is never flagged again."""
    with Store(db_path) as store:
        duplicate_review.dismiss_duplicate(store, uuid, other, who=who(store))


def outside_edits(db_path: Path, forms: Forms | None = None) -> list[OutsideEdit]:
    """The responses edited outside Surveyor and not yet accepted or reverted."""
    with Store(db_path) as store:
        return outside_review.outside_edits(store, forms)


def accept_outside(db_path: Path, uuid: str) -> None:
    """Keep an edit made outside Surveyor (its mark is cleared)."""
    with Store(db_path) as store:
        outside_review.accept_outside_edit(store, uuid, who=who(store))


def revert_outside(db_path: Path, uuid: str) -> Response:
    """Go back to the state the edited row was sealed as; returns the new current state."""
    with Store(db_path) as store:
        return outside_review.revert_outside_edit(store, uuid, who=who(store))


# -- the consolidated report ---------------------------------------------------------------------

def indicator_definitions(forms: Forms, extra: Iterable[Path] = (),
                          path: Path | None = None) -> Definitions:
    """The indicator definitions in force (`indicators.xlsx` of the last forms folder that has
    one, or `path`), checked against the forms. Refused when none of them can be computed;
    broken rows are left out and named in `findings`."""
    from surveyor.core.report.indicators import read_definitions

    found = path or indicators_file(form_folders(extra))
    if found is None:
        raise SurveyError(Problem.INDICATORS_NOT_FOUND,
                          folders=", ".join(str(f) for f in form_folders(extra)))
    definitions = read_definitions(found, forms)
    if definitions.error is not None:
        raise definitions.error
    if not definitions.indicators:
        first = str(definitions.findings[0]) if definitions.findings else "no rows"
        raise SurveyError(Problem.INDICATORS_UNUSABLE, file=Path(found).name,
                          count=len(definitions.findings), first=first)
    return definitions


def report_file(db_path: Path, output: Path, forms: Forms, *, language: str = "vi",
                definitions: Definitions | None = None, extra: Iterable[Path] = (),
                progress: Progress = SILENT) -> ReportStats:
    """Write the consolidated workbook of the store: the sync sheets, then the indicators
    against their targets, data with labels, review and coverage sheets."""
    from surveyor.core.report.write import write_report

    definitions = definitions or indicator_definitions(forms, extra)
    with Store(db_path) as store:
        return write_report(store, output, forms, definitions, who=who(store),
                            language=language, progress=progress)


def indicator_results(db_path: Path, forms: Forms, *, language: str = "vi",
                      definitions: Definitions | None = None,
                      extra: Iterable[Path] = ()) -> Results:
    """The indicators of the store, as Tổng hợp shows them (the window's Indicators view)."""
    from surveyor.core.report.compute import compute

    definitions = definitions or indicator_definitions(forms, extra)
    with Store(db_path) as store:
        return compute(store.responses(), definitions, forms, language=language)
