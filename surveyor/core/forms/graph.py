"""The dependency graph of a form's expressions, each parsed once: which keys each expression
reads, who is re-evaluated when a key changes, in which order, and the cycles. The live form
(filling.live) runs on it; forms.check turns its errors into findings."""

from __future__ import annotations

import heapq
import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field

from surveyor.core.expressions import Expr, ExpressionError, parse
from surveyor.core.forms.model import Choice, Form, Group, Node

# Columns whose expression decides a node's relevance or value: other nodes read their result.
VALUE_COLUMNS = ("relevant", "calculation")
# Columns whose result nobody else reads (a question's flags, validity and choice list).
ASPECT_COLUMNS = ("constraint", "required", "read_only", "choice_filter")
QUESTION_COLUMNS = VALUE_COLUMNS + ASPECT_COLUMNS + ("default",)
GROUP_COLUMNS = ("relevant", "repeat_count")
_EXPRESSION_LIKE = re.compile(r"\$\{|[\w:-]\(|^\s*[./]")


def looks_like_expression(text: str) -> bool:
    """True for a `default` that must be evaluated (`today()`, `${x}`), not taken as written."""
    return bool(_EXPRESSION_LIKE.search(text))


@dataclass(frozen=True)
class Item:
    """One question, group or repeat as the graph sees it."""

    key: str
    name: str
    order: int                     # position in the form, depth first
    parent: str | None             # key of the innermost enclosing group or repeat
    chain: tuple[str, ...]         # keys of the enclosing repeats, outermost first (a repeat: itself last)
    node: Node

    @property
    def is_repeat(self) -> bool:
        return isinstance(self.node, Group) and self.node.is_repeat


@dataclass(frozen=True)
class FormGraph:
    """Which keys each expression reads, and who must be re-evaluated when a key changes."""

    items: Mapping[str, Item]
    by_name: Mapping[str, tuple[str, ...]]
    exprs: Mapping[tuple[str, str], Expr]             # (key, column) -> parsed expression
    texts: Mapping[tuple[str, str], str]              # (key, column) -> expression as written
    errors: Mapping[tuple[str, str], ExpressionError]
    value_readers: Mapping[str, tuple[str, ...]]      # key -> keys whose relevance/value read it
    aspect_readers: Mapping[str, tuple[str, ...]]     # key -> keys whose flags/validity read it
    count_readers: Mapping[str, tuple[str, ...]]      # key -> repeats whose repeat_count reads it
    rank: Mapping[str, int]                           # a topological order of the value edges
    cycles: tuple[tuple[str, ...], ...]               # each as a closed path a, b, ..., a
    counted: frozenset[str] = frozenset()             # repeats with a repeat_count
    # the form's choice lists, by list name: those its questions use (Form holds no others)
    lists: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    # (id of a choices tuple, language) -> (the tuple, its rows): see formcontext.choice_columns
    choice_rows: dict[tuple[int, str], tuple] = field(default_factory=dict, compare=False,
                                                       repr=False)

    def dependents(self, key: str) -> frozenset[str]:
        """Every key whose relevance, value, flags or choices may change when `key` changes."""
        found, todo = set(), [key]
        while todo:
            for reader in self.value_readers.get(todo.pop(), ()):
                if reader not in found:
                    found.add(reader)
                    todo.append(reader)
        for source in [key, *found]:
            found.update(self.aspect_readers.get(source, ()))
        return frozenset(found - {key})


# Forms hold dicts, so they cannot be hashed: the cache is keyed by id() and checked by weakref.
_GRAPHS: dict[int, tuple[weakref.ref[Form], FormGraph]] = {}


def form_graph(form: Form) -> FormGraph:
    """The dependency graph of `form`, built once per Form object."""
    cached = _GRAPHS.get(id(form))
    if cached is not None and cached[0]() is form:
        return cached[1]
    graph = _build_graph(form)
    _GRAPHS[id(form)] = (weakref.ref(form), graph)
    weakref.finalize(form, _GRAPHS.pop, id(form), None)
    return graph


def _collect_items(form: Form) -> dict[str, Item]:
    items: dict[str, Item] = {}

    def visit(nodes: tuple[Node, ...], parent: str | None, chain: tuple[str, ...]) -> None:
        for node in nodes:
            own = chain + (node.key,) if isinstance(node, Group) and node.is_repeat else chain
            items[node.key] = Item(node.key, node.name, len(items), parent, own, node)
            if isinstance(node, Group):
                visit(node.children, node.key, own)

    visit(form.children, None, ())
    return items


def _expression_texts(node: Node) -> dict[str, str]:
    if isinstance(node, Group):
        columns = {"relevant": node.relevant, "repeat_count": node.repeat_count}
    else:
        columns = {c: getattr(node, c) for c in QUESTION_COLUMNS}
        if columns["default"] is not None and not looks_like_expression(columns["default"]):
            columns["default"] = None
    return {c: t for c, t in columns.items() if t is not None and str(t).strip()}


def _build_graph(form: Form) -> FormGraph:
    items = _collect_items(form)
    by_name: dict[str, list[str]] = {}
    for item in items.values():
        by_name.setdefault(item.name, []).append(item.key)
    texts = {(item.key, column): text for item in items.values()
             for column, text in _expression_texts(item.node).items()}
    exprs, errors = {}, {}
    for place, text in texts.items():
        try:
            exprs[place] = parse(text)
        except ExpressionError as error:
            errors[place] = error
    value_in, readers = _edges(items, exprs, by_name)
    rank = _topological_rank(items, value_in)
    by_rank = {kind: {k: tuple(sorted(v, key=rank.__getitem__)) for k, v in r.items()}
               for kind, r in readers.items()}
    return FormGraph(items, {n: tuple(k) for n, k in by_name.items()}, exprs, texts, errors,
                     by_rank["value"], by_rank["aspect"], by_rank["count"], rank,
                     _cycles(items, value_in),
                     frozenset(k for k, column in texts if column == "repeat_count"),
                     _choice_lists(form))


def _choice_lists(form: Form) -> dict[str, tuple[Choice, ...]]:
    lists: dict[str, tuple[Choice, ...]] = dict(form.choice_lists)
    for question in form.questions():
        if question.list_name and question.choices:
            lists.setdefault(question.list_name, question.choices)
    return lists


def _edges(items: Mapping[str, Item], exprs: Mapping[tuple[str, str], Expr],
           by_name: Mapping[str, list[str]]) -> tuple[dict[str, set[str]], dict[str, dict]]:
    """What each key's relevance/value reads (with its parent group), and who reads each key."""
    value_in: dict[str, set[str]] = {k: set() for k in items}
    readers: dict[str, dict[str, set[str]]] = {"value": {}, "aspect": {}, "count": {}}
    for (key, column), expr in exprs.items():
        if column == "default":
            continue
        kind = "value" if column in VALUE_COLUMNS else (
            "count" if column == "repeat_count" else "aspect")
        # in a choice filter a bare name is a column of the choices; only ${name} is a question
        names = expr.questions if column == "choice_filter" else expr.references
        for source in {k for n in names for k in by_name.get(n, ())}:
            if kind == "value":
                value_in[key].add(source)
            if source != key or kind == "count":
                readers[kind].setdefault(source, set()).add(key)
    for item in items.values():
        if item.parent is not None:
            value_in[item.key].add(item.parent)
            readers["value"].setdefault(item.parent, set()).add(item.key)
    return value_in, readers


def _topological_rank(items: Mapping[str, Item], inputs: Mapping[str, set[str]]) -> dict[str, int]:
    """Kahn's algorithm, ties broken by form order; a cycle is cut at its earliest node."""
    waiting = {k: {s for s in v if s != k} for k, v in inputs.items()}
    dependents: dict[str, list[str]] = {}
    for key, sources in waiting.items():
        for source in sources:
            dependents.setdefault(source, []).append(key)
    ready = [(items[k].order, k) for k, v in waiting.items() if not v]
    heapq.heapify(ready)
    rank: dict[str, int] = {}
    while len(rank) < len(items):
        if not ready:
            stuck = min((items[k].order, k) for k in items if k not in rank)
            waiting[stuck[1]] = set()
            ready.append(stuck)
        _, key = heapq.heappop(ready)
        if key in rank:
            continue
        rank[key] = len(rank)
        for dependent in dependents.get(key, ()):
            waiting[dependent].discard(key)
            if not waiting[dependent] and dependent not in rank:
                heapq.heappush(ready, (items[dependent].order, dependent))
    return rank


def _cycles(items: Mapping[str, Item], inputs: Mapping[str, set[str]]) -> tuple[tuple[str, ...], ...]:
    """One closed path per cycle of the value edges, found from each cycle's earliest node."""
    found: list[tuple[str, ...]] = []
    covered: set[str] = set()
    for start in sorted(items, key=lambda k: items[k].order):
        if start in covered:
            continue
        path = _path_back(start, inputs)
        if path:
            found.append(path)
            covered.update(path)
    return tuple(found)


def _path_back(start: str, inputs: Mapping[str, set[str]]) -> tuple[str, ...] | None:
    """A shortest closed path from `start` back to itself, in the order values flow."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for key in frontier:
            for source in sorted(inputs.get(key, ())):
                if source == start:
                    path = [start, key]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return tuple(path)
                if source not in came_from:
                    came_from[source] = key
                    following.append(source)
        frontier = following
    return None
