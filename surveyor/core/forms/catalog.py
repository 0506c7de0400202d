"""The forms a user has: the bundled ones, those added to the user's forms folder, and any other
folders named on the command line; keyed (form_id, version). Adding a form checks it first."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.check import FormSummary, summarise
from surveyor.core.forms.model import Form, FormKey, version_order
from surveyor.core.forms.xlsform import load_forms


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


def load_catalog(folders: Iterable[Path], *, strict: bool = True) -> Catalog:
    """Every form in the folders that exist, later folders overriding earlier ones.

    strict: the first unusable form raises (the command line); else it is listed in `problems`
    (the window shows them and goes on)."""
    forms: dict[FormKey, Form] = {}
    problems: list[SurveyError] = []
    used = tuple(Path(f) for f in folders if Path(f).is_dir())
    for folder in used:
        forms.update(load_forms(folder, None if strict else problems))
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
    return summary
