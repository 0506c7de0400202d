"""A form with what the files beside it hold: choices of selects from files, lookup data
(pulldata(), csv-external, instance() of those files) and the media its labels and choices show.

Reading the workbook gives a Form that names these files (`Form.files`) without reading them,
so the parsed form can be cached by the workbook's checksum alone; `with_files` runs on every
load. A file that is not there, or cannot be read, never makes a form unusable: the finding
names it, a select from it takes typed text instead, lookups in it give empty answers, a
missing picture is not shown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from surveyor.core.forms.external import DataFileError, Rows, read_rows, value_columns
from surveyor.core.forms.languages import match_language
from surveyor.core.forms.model import Choice, Finding, Form, Group, Node, Question
from surveyor.core.forms.types import choice_file, instance_name

_PULLDATA = re.compile(r"pulldata\s*\(\s*(['\"])([^'\"]+)\1")
_EXPRESSIONS = ("calculation", "relevant", "constraint", "default", "choice_filter", "required",
                "read_only")
_MEDIA_PREFIX = re.compile(r"^jr://(images|audio|video|file)/")


def with_files(form: Form, folder: Path | None) -> Form:
    """The form with its files beside it read (`folder`: the form's own; None: none there)."""
    files = _Files(form, folder)
    lists = dict(form.choice_lists)
    for name in files.data_names():
        rows = files.rows(name)
        if instance_name(name) not in lists:
            lists[instance_name(name)] = files.choices(rows, "name", "label")
    children = _map_questions(form.children, files.question)
    found = (*form.findings, *files.findings)
    return replace(form, children=children, choice_lists=lists, findings=found,
                   files=tuple(dict.fromkeys((*form.files, *files.data_names()))))


class _Files:
    """The files of one form beside it: read once each, with the findings of those missing."""

    def __init__(self, form: Form, folder: Path | None):
        self.form, self.folder = form, folder
        self.findings: list[Finding] = []
        self._rows: dict[str, Rows | None] = {}
        self._listing: dict[str, str] | None = None
        self._reported: set[str] = set()

    def data_names(self) -> list[str]:
        """Files of lookup data: those the form declares (csv-external, selects from files) and
        those its pulldata() calls name."""
        named = [f for f in self.form.files if choice_file(f)]
        for question in self.form.questions():
            named += _pulled(question)
        return list(dict.fromkeys(named))

    def path(self, name: str) -> Path | None:
        """The file `name` beside the form (its case ignored, as on Windows), None if absent."""
        if self.folder is None or not name:
            return None
        exact = self.folder / name
        if ".." in Path(name).parts or Path(name).is_absolute():
            return None           # only files beside the form (or in folders under it)
        if exact.is_file():
            return exact
        if self._listing is None:
            try:
                self._listing = {entry.casefold(): entry for entry in os.listdir(self.folder)}
            except OSError:
                self._listing = {}
        entry = self._listing.get(name.casefold())
        return self.folder / entry if entry else None

    def rows(self, name: str) -> Rows:
        """A data file's rows ([] when missing or unreadable: a finding says so, once)."""
        if name not in self._rows:
            path = self.path(name)
            try:
                if path is None:
                    raise DataFileError(f"is not beside the form (in {self._where()})")
                self._rows[name] = read_rows(path)
            except DataFileError as error:
                self._rows[name] = None
                self._missing_data(name, str(error))
        return self._rows[name] or []

    def _where(self) -> str:
        return str(self.folder) if self.folder else "no folder: the form was not read from a file"

    def _missing_data(self, name: str, why: str) -> None:
        questions = self.form.questions()
        selects = [q for q in questions if q.list_name == name]
        pulls = [q for q in questions if name in _pulled(q)]
        first = (selects or pulls or [None])[0]
        if selects:
            cost = ("its questions (" + ", ".join(q.name for q in selects) + ") take typed text: "
                    "no choices are offered or checked")
        else:
            cost = "lookups in it give empty answers"
        self.findings.append(Finding("survey", first.row if first else None, "type" if selects
                                     else None, f"the file {name} {why}", "warning", cost))

    def choices(self, rows: Rows, value: str, label: str) -> tuple[Choice, ...]:
        """Rows as choices: the `value` column their names, `label` (or label::X) their labels,
        every column also a filter column (choice filters and lookups read them)."""
        out = []
        for row in rows:
            labels = {}
            for column, text in row.items():
                base, _, language = column.replace("::", ":").partition(":")
                if base.strip() == label and text:
                    language = language.strip()
                    labels[match_language(language, list(self.form.languages)) or language
                           if language else ""] = text
            out.append(Choice(str(row.get(value, "")), labels, dict(row)))
        return tuple(out)

    def question(self, question: Question) -> Question:
        """A question with its choices from a file (or typed text without them) and its media
        files found."""
        media = self.media(question.media, question.row, "survey")
        if media != question.media:
            question = replace(question, media=media)
        if question.choices:
            choices = tuple(self._choice_media(c) for c in question.choices)
            if any(a is not b for a, b in zip(choices, question.choices)):
                question = replace(question, choices=choices)
        name = choice_file(question.list_name)
        if name is None:
            return question
        rows = self.rows(name)
        if self._rows.get(name) is None:
            return replace(question, type="text", list_name=None, choices=(), choice_filter=None)
        value, label = value_columns(name, question.parameters)
        return replace(question, choices=self.choices(rows, value, label))

    def _choice_media(self, choice: Choice) -> Choice:
        media = self.media(choice.media, None, "choices")
        return choice if media == choice.media else replace(choice, media=media)

    def media(self, media, row: int | None, sheet: str) -> dict[str, dict[str, str]]:
        """Media files by kind and language: the paths of those found; a warning for each file
        not there (once per file)."""
        if not media:
            return media
        found: dict[str, dict[str, str]] = {}
        for kind, files in media.items():
            for language, name in files.items():
                written = _MEDIA_PREFIX.sub("", name.strip())
                path = self.path(written)
                if path is not None:
                    found.setdefault(kind, {})[language] = str(path)
                elif written not in self._reported:
                    self._reported.add(written)
                    self.findings.append(Finding(
                        sheet, row, kind, f"the {kind} file {written} is not beside the form "
                        f"(in {self._where()})", "warning", _MEDIA_COST.get(kind, _SHOWN)))
        return found


_SHOWN = "it is not shown; the question is answered as usual"
_MEDIA_COST = {"audio": "it is not played; the question is answered as usual",
               "video": "it is not played; the question is answered as usual"}


def _pulled(question: Question) -> list[str]:
    """The CSV files a question's expressions read with pulldata()."""
    return [f"{match[2]}.csv" for column in _EXPRESSIONS
            for match in _PULLDATA.finditer(getattr(question, column) or "")]


def _map_questions(nodes: tuple[Node, ...], change: Callable[[Question], Question],
                   ) -> tuple[Node, ...]:
    """The tree with `change` applied to every question (unchanged nodes kept as they are)."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Group):
            children = _map_questions(node.children, change)
            changed = any(a is not b for a, b in zip(children, node.children))
            out.append(replace(node, children=children) if changed else node)
        else:
            out.append(change(node))
    return tuple(out)
