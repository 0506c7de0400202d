"""The forms a user has: the bundled ones, those added to the user's forms folder, and any other
folders named on the command line; keyed (form_id, version). Adding a form checks it first.

A forms folder may also hold `indicators.xlsx`, the indicator definitions of the consolidated
report (core/report): it is not an XLSForm, so the catalogue never reads it as one
(xlsform.load_forms skips it); `indicators_file` finds the one in force."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.check import FormSummary, summarise
from surveyor.core.forms.model import Form, FormKey, version_order
from surveyor.core.forms.xlsform import INDICATORS_FILE, load_forms


@dataclass(frozen=True)
class Catalog:
    """Forms by (form_id, version), and the files that could not be used (strict=False)."""

    forms: Mapping[FormKey, Form]
    problems: tuple[SurveyError, ...] = ()
    folders: tuple[Path, ...] = field(default=())

    def latest(self) -> dict[str, Form]:
        """The newest version of each form id (numeric versions by number)."""
        found: dict[str, Form] = {}
        for (form_id, version), form in self.forms.items():
            if form_id not in found or version_order(version) > version_order(found[form_id].version):
                found[form_id] = form
        return found


def load_catalog(folders: Iterable[Path], *, strict: bool = True,
                 cache: Path | None = None) -> Catalog:
    """Every form in the folders that exist, later folders overriding earlier ones.

    strict: the first unusable form raises (the command line); else it is listed in `problems`
    (the window shows them and goes on). cache: a folder of parsed forms (forms.cache; see
    `forms_cache_dir`), so that unchanged workbooks are not parsed again."""
    forms: dict[FormKey, Form] = {}
    problems: list[SurveyError] = []
    used = tuple(Path(f) for f in folders if Path(f).is_dir())
    for folder in used:
        forms.update(load_forms(folder, None if strict else problems, cache))
    return Catalog(forms, tuple(problems), used)


def add_form(path: Path, folder: Path) -> FormSummary:
    """Check a form file and, when usable, copy it into `folder` (the user's forms folder).

    A form that is not usable is not copied; its summary says why. A file of the same name in
    the folder is replaced only by the same form id (a new version of it)."""
    summary = summarise(path)
    if not summary.usable or summary.form is None:
        return summary
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(path).name
    if target.exists() and target.resolve() != Path(path).resolve():
        known = summarise(target).form
        if known is not None and known.form_id != summary.form.form_id:
            raise SurveyError(Problem.FORM_INVALID, file=str(path), detail=(
                f"{target.name} in {folder} holds form {known.form_id}; rename the file"))
    if target.resolve() != Path(path).resolve():
        shutil.copyfile(path, target)
        _copy_files_beside(summary.form, Path(path).parent, folder)
    return summary


def _copy_files_beside(form: Form, source: Path, folder: Path) -> None:
    """The files a form reads beside it (media, choices from files, pulldata CSVs), copied
    with it where they exist, so that the added form shows and offers what it did."""
    for name in form.files:
        found, target = source / name, folder / name
        if found.is_file() and ".." not in Path(name).parts and not Path(name).is_absolute():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(found, target)


def forms_cache_dir(db_path: Path) -> Path:
    """Where parsed forms are kept for a store: a folder beside it (entries are named by
    content, so stores in one folder share it)."""
    return Path(db_path).parent / "forms-cache"


def is_indicators_file(path: Path) -> bool:
    """Whether a file in a forms folder is the indicator definitions (by its name)."""
    return Path(path).name.lower() == INDICATORS_FILE


def indicators_file(folders: Iterable[Path]) -> Path | None:
    """The indicator definitions in force: `indicators.xlsx` of the last folder that has one
    (the user's forms folder overrides the bundled one, as its forms do); None if none has."""
    found = None
    for folder in folders:
        candidate = Path(folder) / INDICATORS_FILE
        if candidate.is_file():
            found = candidate
    return found
