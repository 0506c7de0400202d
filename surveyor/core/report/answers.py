"""The expressions Context over one saved response, as the report reads it (never eval).

${name} is the response's answer to question `name`; a question inside a repeat gives its
first row's answer, and its values (sum(), count-non-empty(), …) every row's; a repeat's own
name has one item per row. Placed on a repeat row (`at_row`), ${name} of that repeat reads the
row. The stored answers already hold the form's calculations (a session computes them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from surveyor.core.forms.model import Choice, Form, Group, Question
from surveyor.core.responses import RepeatRow, Response


class FormNames:
    """What a Context needs of one form version, worked out once: name -> (key, repeat)."""

    def __init__(self, form: Form, language: str):
        self.form, self.language = form, language
        self.keys: dict[str, tuple[str, str | None, bool]] = {}
        self.questions: dict[str, Question] = {}
        for node in form.walk():
            if isinstance(node, Group):
                if node.is_repeat:
                    self.keys.setdefault(node.name, (node.key, node.key, True))
                continue
            self.keys.setdefault(node.name, (node.key, node.repeat, False))
            self.questions.setdefault(node.name, node)
        self.rows: dict[str, tuple[Mapping[str, str], ...]] = {}

    def choice_rows(self, list_name: str) -> tuple[Mapping[str, str], ...]:
        if list_name not in self.rows:
            choices: tuple[Choice, ...] = self.form.choice_lists.get(list_name, ())
            self.rows[list_name] = tuple(
                {**c.filters, "name": c.name, "label": self.form.text(c.labels, self.language)}
                for c in choices)
        return self.rows[list_name]


class AnswerContext:
    """One response seen by an expression (the Context protocol of core/expressions)."""

    __slots__ = ("dot", "moment", "names", "response", "row")

    def __init__(self, names: FormNames, response: Response, moment: dt.datetime,
                 row: RepeatRow | None = None, dot: object = ""):
        self.names, self.response, self.moment, self.row, self.dot = (
            names, response, moment, row, dot)

    def at_row(self, row: RepeatRow | None, dot: object = "") -> AnswerContext:
        return AnswerContext(self.names, self.response, self.moment, row, dot)

    def value(self, name: str) -> object:
        found = self.names.keys.get(name)
        if found is None:
            return ""
        key, repeat, is_repeat = found
        if repeat is None:
            value = self.response.answers.get(key)
            return "" if value is None else value
        if self.row is not None and self.row.repeat == repeat and not is_repeat:
            value = self.row.answers.get(key)
            return "" if value is None else value
        values = self.values(name)
        return values[0] if values else ""

    def values(self, name: str) -> list[object]:
        found = self.names.keys.get(name)
        if found is None:
            return []
        key, repeat, is_repeat = found
        if repeat is None:
            return [self.value(name)]
        rows = [r for r in self.response.repeats if r.repeat == repeat]
        if is_repeat:
            return [float(r.index) for r in rows]
        return ["" if r.answers.get(key) is None else r.answers[key] for r in rows]

    def current(self) -> object:
        return self.dot

    def position(self) -> int:
        return self.row.index if self.row is not None else 0

    def choice_label(self, name: str, value: str) -> str:
        question = self.names.questions.get(name)
        for choice in getattr(question, "choices", ()):
            if choice.name == str(value):
                return self.names.form.text(choice.labels, self.names.language)
        return ""

    def now(self) -> dt.datetime:
        return self.moment

    def choice_rows(self, list_name: str) -> Sequence[Mapping[str, str]]:
        return self.names.choice_rows(list_name)

    def choice_row(self) -> Mapping[str, str] | None:
        return None
