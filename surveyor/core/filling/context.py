"""The expressions Context at one place of a LiveForm, and how results become answers."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Protocol

from surveyor.core.expressions import ExpressionError, to_boolean, to_string
from surveyor.core.forms.graph import FormGraph
from surveyor.core.forms.model import Choice, Form
from surveyor.core.responses import Value

Path = tuple[int, ...]


class FormView(Protocol):
    """What a Position reads of the live form it stands in (filling.live.LiveForm)."""

    form: Form
    graph: FormGraph
    language: str
    now: dt.datetime
    evaluations: int
    errors: dict[tuple[str, Path], dict[str, str]]

    def resolve(self, name: str, chain: tuple[str, ...] = ()) -> str | None: ...
    def seen(self, key: str, at: Path) -> object: ...
    def instances(self, key: str, under: Path = ()) -> list[Path]: ...


MAX_ROWS = 1000                  # ceiling for a repeat_count, so a wild number cannot hang the form


def common_depth(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    depth = 0
    for x, y in zip(a, b):
        if x != y:
            break
        depth += 1
    return depth


def stored_value(result: object) -> Value:
    """An expression result as an answer value: whole numbers as int, dates as ISO text."""
    if isinstance(result, list):
        result = result[0] if result else None
    if result is None or isinstance(result, (str, int)) and not isinstance(result, bool):
        return None if result == "" else result
    if isinstance(result, float):
        if math.isnan(result) or math.isinf(result):
            return None
        return int(result) if result.is_integer() and abs(result) < 1e15 else result
    if isinstance(result, dt.datetime):
        return result.replace(microsecond=0, tzinfo=None).isoformat()
    return to_string(result)


class Position:
    """The expressions Context at one place of a LiveForm."""

    __slots__ = ("chain", "dot", "path", "state")

    def __init__(self, state: FormView, chain: tuple[str, ...], path: Path, dot: object = ""):
        self.state, self.chain, self.path, self.dot = state, chain, path, dot

    def value(self, name: str) -> object:
        key = self.state.resolve(name, self.chain)
        if key is None:
            return ""
        target = self.state.graph.items[key].chain
        depth = common_depth(self.chain, target)
        if depth == len(target):
            return self.state.seen(key, self.path[:depth])
        found = self.values(name)
        return found[0] if found else ""

    def values(self, name: str) -> list[object]:
        key = self.state.resolve(name, self.chain)
        if key is None:
            return []
        item = self.state.graph.items[key]
        depth = common_depth(self.chain, item.chain)
        if item.is_repeat:
            depth = min(depth, len(item.chain) - 1)
            return [p[-1] for p in self.state.instances(key, self.path[:depth])]
        return [self.state.seen(key, p) for p in self.state.instances(key, self.path[:depth])]

    def current(self) -> object:
        return self.dot

    def position(self) -> int:
        return self.path[-1] if self.path else 0

    def choice_label(self, name: str, value: str) -> str:
        key = self.state.resolve(name, self.chain)
        node = self.state.graph.items[key].node if key else None
        for choice in getattr(node, "choices", ()):
            if choice.name == to_string(value):
                return self.state.form.text(choice.labels, self.state.language)
        return ""

    def now(self) -> dt.datetime:
        return self.state.now

    def choice_rows(self, list_name: str) -> tuple[Mapping[str, str], ...]:
        return choice_columns(self.state, self.state.graph.lists.get(list_name, ()))

    def choice_row(self) -> Mapping[str, str] | None:
        return None


class ChoiceRow(Position):
    """The Context of a choice_filter, moved from choice to choice: '.' and bare names are the
    columns of the choice (`row`); ${name} is a question, read once for all the choices."""

    __slots__ = ("asked", "row")

    def __init__(self, state: FormView, chain: tuple[str, ...], path: Path, dot: object):
        super().__init__(state, chain, path, dot)
        self.asked: dict[str, object] = {}
        self.row: Mapping[str, str] = {}

    def value(self, name: str) -> object:
        if name not in self.asked:
            self.asked[name] = super().value(name)
        return self.asked[name]

    def choice_row(self) -> Mapping[str, str]:
        return self.row


def choice_columns(state: FormView, choices: tuple[Choice, ...]) -> tuple[Mapping[str, str], ...]:
    """Each choice as the columns expressions read: name, label (in the state's language) and
    the other columns of the choices sheet. Built once per form, list and language."""
    key, cache = (id(choices), state.language), state.graph.choice_rows
    cached = cache.get(key)
    if cached is None or cached[0] is not choices:
        rows = tuple({**choice.filters, "name": choice.name,
                      "label": state.form.text(choice.labels, state.language)}
                     for choice in choices)
        cached = cache[key] = (choices, rows)
    return cached[1]


def filtered_choices(state: FormView, key: str, path: Path) -> list[Choice]:
    """The choices of question `key` that its choice_filter keeps at `path`."""
    choices = getattr(state.graph.items[key].node, "choices", ())
    expr = state.graph.exprs.get((key, "choice_filter"))
    if expr is None:
        return list(choices)
    kept, scope = [], ChoiceRow(state, state.graph.items[key].chain, path, state.seen(key, path))
    state.evaluations += len(choices)
    for choice, row in zip(choices, choice_columns(state, choices)):
        scope.row = row
        try:
            if to_boolean(expr.evaluate(scope)):
                kept.append(choice)
        except (ExpressionError, ArithmeticError, ValueError) as error:
            state.errors.setdefault((key, path), {})["choice_filter"] = str(error)
    return kept


def row_count(result: object) -> int:
    number = stored_value(result)
    if isinstance(number, str):
        try:
            number = float(number)
        except ValueError:
            return 0
    return max(0, min(MAX_ROWS, int(number or 0)))


def typed(kind: str, text: str) -> Value:
    """A literal default as the value its question holds."""
    try:
        if kind == "integer":
            return int(text)
        if kind in ("decimal", "range"):
            return float(text)
    except ValueError:
        pass
    return text
