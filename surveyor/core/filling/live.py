"""The live state of one response being filled: skip logic, calculations, flags and choices.

An answer lives at (key, at): `at` is the index path of its repeat row, () at the top level,
(2,) in the second row of a repeat, (2, 1) in the first row of a repeat nested in that row.
Changing an answer re-evaluates only what reads it (the form's dependency graph, see
formcheck.py), in topological order, and stops where nothing changed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Mapping

from surveyor.core.expressions import ExpressionError, is_empty, to_boolean
from surveyor.core.filling.context import (
    Path,
    Position,
    common_depth,
    filtered_choices,
    row_count,
    stored_value,
    typed,
)
from surveyor.core.filling.rows import Rows
from surveyor.core.forms.graph import Item, form_graph
from surveyor.core.forms.languages import form_language
from surveyor.core.forms.model import Choice, Form, Question
from surveyor.core.responses import RepeatRow, Value

Place = tuple[str, Path]
_MISSING = object()


class LiveForm:
    """One response being filled in: answers, relevance, flags, validity and choice lists.

    Built with `answers=None` it is a new response: defaults, start and today are filled.
    """

    def __init__(self, form: Form, answers: Mapping[str, Value] | None = None,
                 repeats: Iterable[RepeatRow] = (), language: str | None = None,
                 now: dt.datetime | None = None):
        self.form, self.graph = form, form_graph(form)
        self.language = form_language(form, language)
        self.now = now or dt.datetime.now().replace(microsecond=0)
        self.evaluations = 0                      # expression evaluations so far (for tests, benches)
        self.errors: dict[Place, dict[str, str]] = {}   # place -> column -> why it failed
        self._raw: dict[Place, Value] = {}
        self._rel: dict[Place, bool] = {}
        self._flags: dict[Place, tuple[bool, bool, bool]] = {}   # required, read_only, valid
        self._choices: dict[Place, list[Choice]] = {}
        self._rows = Rows()
        self._fresh: set[Place] = set()                           # places still due a default
        self._resolved: dict[tuple[str, tuple[str, ...]], str | None] = {}
        self._load(answers or {}, repeats)
        if answers is None:
            self._fresh = {(k, ()) for k, i in self.graph.items.items() if not i.chain}
        self._propagate(self._all_places(), ())
        if answers is None:
            self._sync_counts(set(self.graph.counted))

    # --- reading ---------------------------------------------------------------------------

    def value(self, key: str, at: Path = ()) -> Value:
        """The answer held at (key, at), kept even while the question is not relevant."""
        return self._raw.get((key, tuple(at)))

    def relevant(self, key: str, at: Path = ()) -> bool:
        """Shown and kept: its own relevant holds and so do its enclosing groups'."""
        return self._rel.get((key, tuple(at)), False)

    def required(self, key: str, at: Path = ()) -> bool:
        return self._flags.get((key, tuple(at)), (False, False, True))[0]

    def read_only(self, key: str, at: Path = ()) -> bool:
        return self._flags.get((key, tuple(at)), (False, False, True))[1]

    def valid(self, key: str, at: Path = ()) -> bool:
        """The constraint holds (or does not apply: empty, not relevant, none written)."""
        return self._flags.get((key, tuple(at)), (False, False, True))[2]

    def choices(self, key: str, at: Path = ()) -> list[Choice]:
        """The question's choices that pass its choice_filter at this place."""
        place = (key, tuple(at))
        if place not in self._choices:
            self._choices[place] = filtered_choices(self, key, place[1])
        return self._choices[place]

    def rows(self, repeat: str, parent_at: Path = ()) -> list[Path]:
        """Index paths of the rows of `repeat` inside the row `parent_at` of its parent repeat."""
        return self.instances(repeat, tuple(parent_at))

    def instances(self, key: str, under: Path = ()) -> list[Path]:
        """Every `at` where `key` exists, within the row path `under`."""
        return self._rows.paths(self.graph.items[key].chain, under)

    def seen(self, key: str, at: Path) -> object:
        """The value expressions see: '' for an empty or non-relevant question."""
        place = (key, at)
        value = self._raw.get(place)
        return "" if value is None or not self._rel.get(place, False) else value

    def resolve(self, name: str, chain: tuple[str, ...] = ()) -> str | None:
        """The key ${name} means at a place inside `chain`: the nearest one if names repeat."""
        cached = self._resolved.get((name, chain), _MISSING)
        if cached is _MISSING:
            keys = self.graph.by_name.get(name) or ((name,) if name in self.graph.items else ())
            items = self.graph.items
            cached = max(keys, key=lambda k: (common_depth(chain, items[k].chain), -items[k].order),
                         default=None)
            self._resolved[name, chain] = cached
        return cached  # type: ignore[return-value]

    def answers(self) -> dict[str, Value]:
        """Top-level answers to keep: relevant, non-empty, calculations filled."""
        return {key: value for (key, at), value in self._kept() if not at}

    def repeat_rows(self) -> tuple[RepeatRow, ...]:
        """The relevant repeat rows with their relevant, non-empty answers."""
        kept: dict[Place, dict[str, Value]] = {}
        for item in self._ordered(r.key for r in self.form.repeats()):
            for path in self.instances(item.key):
                if self._rel.get((item.key, path), False):
                    kept[item.key, path] = {}
        for (key, at), value in self._kept():
            row = kept.get((self.graph.items[key].chain[-1], at)) if at else None
            if row is not None:
                row[key] = value
        return tuple(RepeatRow(r, p[-1], a, p[:-1]) for (r, p), a in kept.items())

    def _kept(self) -> list[tuple[Place, Value]]:
        out = []
        for item in self._ordered(self.graph.items):
            if isinstance(item.node, Question) and item.node.holds_value:
                for path in self.instances(item.key):
                    value = self._raw.get((item.key, path))
                    if value not in (None, "") and self._rel.get((item.key, path), False):
                        out.append(((item.key, path), value))
        return out

    def _ordered(self, keys: Iterable[str]) -> list[Item]:
        return sorted((self.graph.items[k] for k in keys), key=lambda i: i.order)

    # --- changing ----------------------------------------------------------------------------

    def set(self, key: str, value: Value, at: Path = ()) -> set[Place]:
        """Answer (key, at); returns every place whose value, relevance, flags or choices changed."""
        place = (key, tuple(at))
        node = self.graph.items[key].node
        if not isinstance(node, Question) or node.calculation or not node.holds_value:
            raise ValueError(f"{key} is not a question that takes an answer")
        if not self._rows.exists(self.graph.items[key].chain, place[1]):
            raise KeyError(f"{key} has no row {place[1]}")
        value = None if value == "" else value
        if self._raw.get(place) == value and type(self._raw.get(place)) is type(value):
            return set()
        before = self.seen(*place)
        self._raw[place] = value
        changed = [place] if self.seen(*place) != before else []
        report = self._propagate((), changed, aspects={place})
        report.add(place)
        return report | self._sync_counts({k for k, _ in report})

    def add_row(self, repeat: str, parent_at: Path = ()) -> set[Place]:
        """Append a row to `repeat` (defaults filled); returns the changed places."""
        item = self.graph.items[repeat]
        parent = tuple(parent_at)
        if not item.is_repeat or not self._rows.exists(item.chain[:-1], parent):
            raise KeyError(f"{repeat} has no parent row {parent}")
        path = self._rows.add(repeat, parent)
        born = [(k, path) for k, i in self.graph.items.items() if i.chain == item.chain]
        self._fresh.update(born)
        report = self._propagate(born, ()) | set(born)
        return report | self._sync_counts({k for k, _ in report})

    def remove_row(self, repeat: str, at: Path) -> set[Place]:
        """Delete row `at` of `repeat`; later rows move up one. Returns the changed places."""
        item, at = self.graph.items[repeat], tuple(at)
        parent, index = at[:-1], at[-1] if at else 0
        if not item.is_repeat or not self._rows.exists(item.chain, at):
            raise KeyError(f"{repeat} has no row {at}")
        depth = len(item.chain) - 1
        self._rows.remove(repeat, at, lambda key: self.graph.items[key].chain,
                          [self._raw, self._rel, self._flags, self._choices, self.errors])
        inside = [k for k, i in self.graph.items.items() if i.chain[depth:depth + 1] == (repeat,)]
        moved = [(k, p) for k in inside for p in self.instances(k, parent) if p[depth] >= index]
        gone = [(k, at) for k in inside]
        report = self._propagate(moved, gone) | set(moved) | set(gone)
        return report | self._sync_counts({k for k, _ in report})

    # --- evaluating --------------------------------------------------------------------------

    def _propagate(self, forced: Iterable[Place], changed: Iterable[Place],
                   aspects: set[Place] | None = None) -> set[Place]:
        """Re-evaluate `forced` and whatever reads a changed place, in topological order."""
        rank, queued, heap = self.graph.rank, set(), []
        aspects = set(aspects or ())
        report: set[Place] = set()

        value_readers, aspect_readers, affected = (
            self.graph.value_readers, self.graph.aspect_readers, self._affected)

        def enqueue(key: str, path: Path) -> None:
            for reader in value_readers.get(key, ()):
                for place in affected(key, path, reader):
                    if place not in queued:
                        queued.add(place)
                        heapq.heappush(heap, (rank[reader], place))
            for reader in aspect_readers.get(key, ()):
                aspects.update(affected(key, path, reader))
            aspects.add((key, path))

        for place in forced:
            queued.add(place)
            heapq.heappush(heap, (rank[place[0]], place))
        for place in changed:
            report.add(place)
            enqueue(*place)
        while heap:
            _, place = heapq.heappop(heap)
            if place[1] and not self._rows.paths(self.graph.items[place[0]].chain, place[1]):
                continue                           # a row removed a moment ago
            if self._evaluate_place(*place):
                report.add(place)
                enqueue(*place)
        for place in aspects:
            exists = not place[1] or place[1] in self.instances(place[0], place[1])
            if exists and self._evaluate_aspects(*place):
                report.add(place)
        return report

    def _affected(self, key: str, path: Path, reader: str) -> list[Place]:
        """The places of `reader` that read (key, path): its row, or all rows under their common part."""
        chain = self.graph.items[reader].chain
        if not chain:
            return [(reader, ())]
        reach = common_depth(self.graph.items[key].chain, chain)
        if reach == len(chain) == len(path):
            return [(reader, path)]
        return [(reader, p) for p in self._rows.paths(chain, path[:reach])]

    def _evaluate(self, key: str, path: Path, column: str, chain: tuple[str, ...] | None = None,
                  dot: object = "") -> object:
        """The result of one expression of `key` at `path`; _MISSING if none (or it failed)."""
        expr = self.graph.exprs.get((key, column))
        if expr is None:
            return _MISSING
        if self.graph.texts[key, column] == "true()":   # required/read_only "yes": a constant
            return True
        self.evaluations += 1
        chain = self.graph.items[key].chain if chain is None else chain
        try:
            result = expr.evaluate(Position(self, chain, path, dot))
        except (ExpressionError, ArithmeticError, ValueError) as error:
            self.errors.setdefault((key, path), {})[column] = str(error)
            return _MISSING
        if self.errors and column in self.errors.get((key, path), ()):
            del self.errors[key, path][column]
        return result

    def _test(self, key: str, path: Path, column: str, absent: bool, dot: object = "") -> bool:
        result = self._evaluate(key, path, column, dot=dot)
        return absent if result is _MISSING else to_boolean(result)

    def _evaluate_place(self, key: str, path: Path) -> bool:
        """Relevance and (for a calculation) value at one place; True if what others see changed."""
        place, item = (key, path), self.graph.items[key]
        before = (self._rel.get(place, False), self.seen(key, path))
        if place in self._fresh:
            self._fresh.discard(place)
            self._apply_default(item, path)
        parent = item.parent
        shown = parent is None or self._rel.get((parent, path[:len(self.graph.items[parent].chain)]),
                                               False)
        raw = self._raw.get(place)
        shown = shown and self._test(key, path, "relevant", True, "" if raw is None else raw)
        self._rel[place] = shown
        node = item.node
        if isinstance(node, Question) and node.calculation:
            result = self._evaluate(key, path, "calculation") if shown else None
            self._raw[place] = None if result is _MISSING else stored_value(result)
        return (shown, self.seen(key, path)) != before

    def _apply_default(self, item: Item, path: Path) -> None:
        node, place = item.node, (item.key, path)
        if not isinstance(node, Question) or self._raw.get(place) is not None:
            return
        if node.type in ("start", "today"):
            self._raw[place] = self.now.isoformat() if node.type == "start" else self.now.date().isoformat()
        elif (item.key, "default") in self.graph.texts:
            result = self._evaluate(item.key, path, "default")
            self._raw[place] = None if result is _MISSING else stored_value(result)
        elif node.default not in (None, ""):
            self._raw[place] = typed(node.type, str(node.default))

    def _evaluate_aspects(self, key: str, path: Path) -> bool:
        """Required, read-only, validity (and the choice list) at one place; True if any changed."""
        node = self.graph.items[key].node
        if not isinstance(node, Question):
            return False
        place = (key, path)
        shown, dot = self._rel.get(place, False), self.seen(key, path)
        required = shown and self._test(key, path, "required", False, dot)
        read_only = shown and self._test(key, path, "read_only", False, dot)
        valid = not shown or is_empty(dot) or self._test(key, path, "constraint", True, dot)
        flags = (required, read_only, valid)
        changed = self._flags.get(place) != flags
        self._flags[place] = flags
        if node.choice_filter:             # something the filter reads changed: a new list
            self._choices.pop(place, None)
            changed = True
        return changed

    # --- building ----------------------------------------------------------------------------

    def _load(self, answers: Mapping[str, Value], repeats: Iterable[RepeatRow]) -> None:
        items = self.graph.items
        for key, value in answers.items():
            if key in items and not items[key].chain and value != "":
                self._raw[key, ()] = value
        for row in repeats:
            item = items.get(row.repeat)
            path = tuple(row.parent_index) + (row.index,)
            if item is None or not item.is_repeat or len(path) != len(item.chain) or row.index < 1:
                continue
            self._rows.reach(item.chain, path)
            for key, value in row.answers.items():
                if key in items and items[key].chain == item.chain and value != "":
                    self._raw[key, path] = value

    def _all_places(self) -> list[Place]:
        return [(key, path) for key in self.graph.items for path in self.instances(key)]

    def _sync_counts(self, keys: set[str]) -> set[Place]:
        """Add or remove rows where a repeat_count reading one of `keys` now says otherwise."""
        report: set[Place] = set()
        repeats = {r for k in keys for r in self.graph.count_readers.get(k, ())}
        repeats |= keys & self.graph.counted
        for repeat in sorted(repeats, key=self.graph.rank.__getitem__):
            chain = self.graph.items[repeat].chain[:-1]
            for parent in self._rows.paths(chain):
                result = self._evaluate(repeat, parent, "repeat_count", chain=chain)
                wanted = 0 if result is _MISSING else row_count(result)
                while self._rows.count(repeat, parent) < wanted:
                    report |= self.add_row(repeat, parent)
                while (count := self._rows.count(repeat, parent)) > wanted:
                    report |= self.remove_row(repeat, (*parent, count))
        return report
