"""The tree of a parsed expression: frozen nodes, each compiling once to a closure that
evaluates it against a Context (XPath 1.0 as JavaRosa runs it)."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from surveyor.core.expressions.context import Context
from surveyor.core.expressions.functions import Function
from surveyor.core.expressions.values import divide, equal, modulo, to_boolean, to_number

Run = Callable[["Context"], object]


# --- the tree ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Literal:
    """A number or a quoted string."""

    value: str | float

    def compile(self) -> Run:
        value = self.value
        return lambda ctx: value


@dataclass(frozen=True)
class Ref:
    """A path whose last step is `name`. `question`: written ${name}, /data/group/name or
    current()/../name, a question wherever it is; else a bare name or relative path (city,
    ../name): a column of the choice being tested in a choice filter or a lookup's predicate,
    the question `name` everywhere else."""

    name: str
    question: bool = True

    def compile(self) -> Run:
        name = self.name
        if self.question:
            def ref(ctx: Context) -> object:
                value = ctx.value(name)
                return "" if value is None else value
            return ref

        def column(ctx: Context) -> object:
            row = ctx.choice_row()
            if row is not None:
                return row.get(name, "")
            value = ctx.value(name)
            return "" if value is None else value
        return column

    def compile_values(self) -> Run:
        name = self.name
        if self.question:
            return lambda ctx: list(ctx.values(name))

        def columns(ctx: Context) -> object:
            row = ctx.choice_row()
            return list(ctx.values(name)) if row is None else [row.get(name, "")]
        return columns


@dataclass(frozen=True)
class Current:
    """current() (dot False): the question being checked. '.' (dot True): the same, except in
    a choice filter or a lookup's predicate, where it is the name of the choice being tested."""

    dot: bool = True

    def compile(self) -> Run:
        def current(ctx: Context) -> object:
            value = ctx.current()
            return "" if value is None else value
        if not self.dot:
            return current

        def dot(ctx: Context) -> object:
            row = ctx.choice_row()
            return current(ctx) if row is None else row.get("name", "")
        return dot


@dataclass(frozen=True)
class Parent:
    """A path ending in '..' (as in position(..)); its value is ''."""

    steps: tuple[str, ...]

    def compile(self) -> Run:
        return lambda ctx: ""


@dataclass(frozen=True)
class Negate:
    """Unary minus."""

    operand: Node

    def compile(self) -> Run:
        operand = self.operand.compile()
        return lambda ctx: -to_number(operand(ctx))


_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul, "div": divide,
               "mod": modulo}


@dataclass(frozen=True)
class Binary:
    """`left op right` for or, and, = != < <= > >=, + -, * div mod."""

    op: str
    left: Node
    right: Node

    def compile(self) -> Run:
        left, right, op = self.left.compile(), self.right.compile(), self.op
        if op == "and":
            return lambda ctx: to_boolean(left(ctx)) and to_boolean(right(ctx))
        if op == "or":
            return lambda ctx: to_boolean(left(ctx)) or to_boolean(right(ctx))
        if op in ("=", "!="):
            return _equality(left, right, op == "=")
        how = _COMPARE.get(op) or _ARITHMETIC[op]
        return lambda ctx: how(to_number(left(ctx)), to_number(right(ctx)))


def _equality(left: Run, right: Run, wanted: bool) -> Run:
    def same(ctx: Context) -> bool:
        a, b = left(ctx), right(ctx)
        if type(a) is str and type(b) is str:
            return (a == b) is wanted
        return equal(a, b) is wanted
    return same


@dataclass(frozen=True)
class Call:
    """A call of a function from the library."""

    name: str
    function: Function = field(repr=False, compare=False)
    args: tuple[Node, ...]

    def compile(self) -> Run:
        function = self.function
        args = tuple(_compile_argument(function, i, arg) for i, arg in enumerate(self.args))
        run = function.run
        if function.lazy:
            return lambda ctx: run(ctx, *args)
        if not args:
            return run
        if len(args) == 1:
            (one,) = args
            return lambda ctx: run(ctx, one(ctx))
        if len(args) == 2:
            one, two = args
            return lambda ctx: run(ctx, one(ctx), two(ctx))
        return lambda ctx: run(ctx, *[arg(ctx) for arg in args])


def _compile_argument(function: Function, index: int, arg: Node) -> Run:
    takes_list = function.nodeset == "all" or (function.nodeset == "first" and index == 0)
    return arg.compile_values() if takes_list and isinstance(arg, Ref) else arg.compile()


# --- lookups in a choice list ------------------------------------------------------------------

ChoiceRows = Sequence[Mapping[str, str]]


@dataclass(frozen=True)
class InstanceLookup:
    """instance('list')/root/item[predicate]/column: the `column` (the names, if None) of the
    choices of `list_name` that the predicate keeps, as a node-set (a list)."""

    list_name: str
    predicate: Node | None
    column: str | None

    def compile(self) -> Run:
        list_name, column = self.list_name, self.column or "name"
        kept = _choice_test(self.predicate)

        def lookup(ctx: Context) -> object:
            return [row.get(column, "") for row in kept(ctx, ctx.choice_rows(list_name))]
        return lookup


class ChoiceScope:
    """The Context inside a lookup's predicate: '.' and bare names are the columns of the choice
    being tested; ${name}, current() and the rest are the enclosing expression's."""

    __slots__ = ("asked", "index", "outer", "row")

    def __init__(self, outer: Context):
        self.outer, self.row, self.index = outer, {}, 0
        self.asked: dict[str, object] = {}     # question values, read once for all the choices

    def value(self, name: str) -> object:
        if name not in self.asked:
            self.asked[name] = self.outer.value(name)
        return self.asked[name]

    def values(self, name: str) -> list[object]:
        return self.outer.values(name)

    def current(self) -> object:
        return self.outer.current()

    def position(self) -> int:
        return self.index                      # position() in a predicate: the choice's

    def choice_label(self, name: str, value: str) -> str:
        return self.outer.choice_label(name, value)

    def now(self) -> dt.datetime:
        return self.outer.now()

    def choice_rows(self, list_name: str) -> ChoiceRows:
        return self.outer.choice_rows(list_name)

    def choice_row(self) -> Mapping[str, str]:
        return self.row


def _choice_test(predicate: Node | None) -> Callable[[Context, ChoiceRows], ChoiceRows]:
    """The choices a predicate keeps: looked up by value for `column = ${q}`, else tested one
    by one (a number keeps the choice at that position, as [2] does in XPath)."""
    if predicate is None:
        return lambda ctx, rows: rows
    test = predicate.compile()

    def scan(ctx: Context, rows: ChoiceRows) -> ChoiceRows:
        scope, kept = ChoiceScope(ctx), []
        for index, row in enumerate(rows, 1):
            scope.row, scope.index = row, index
            result = test(scope)
            if type(result) in (float, int):
                result = result == index        # [2]: the choice at that position
            if to_boolean(result):
                kept.append(row)
        return kept
    keyed = _keyed(predicate)
    return scan if keyed is None else _indexed(*keyed, scan)


def _keyed(predicate: Node) -> tuple[str, Node] | None:
    """(column, key) when the predicate is `column = key`, the key a question or a text."""
    if not isinstance(predicate, Binary) or predicate.op != "=":
        return None
    for column, key in ((predicate.left, predicate.right), (predicate.right, predicate.left)):
        if isinstance(column, Ref) and not column.question and (
                isinstance(key, Ref) and key.question or isinstance(key, Literal)):
            return column.name, key
    return None


def _indexed(column: str, key: Node, scan: Callable[[Context, ChoiceRows], ChoiceRows]
             ) -> Callable[[Context, ChoiceRows], ChoiceRows]:
    """`column = key` through an index of the rows by `column`, built again when they change."""
    wanted_of = key.compile()
    memo: list[tuple[ChoiceRows | None, dict[str, list] | None]] = [(None, None)]

    def lookup(ctx: Context, rows: ChoiceRows) -> ChoiceRows:
        wanted = wanted_of(ctx)
        seen, index = memo[0]
        if seen is not rows:
            index = _index(rows, column)
            memo[0] = (rows, index)
        if index is None or type(wanted) is not str:
            return scan(ctx, rows)             # numbers compare as numbers: test each choice
        return index.get(wanted, [])
    return lookup


def _index(rows: ChoiceRows, column: str) -> dict[str, list] | None:
    index: dict[str, list] = {}
    for row in rows:
        value = row.get(column, "")
        if type(value) is not str:
            return None
        index.setdefault(value, []).append(row)
    return index


Node = Literal | Ref | Current | Parent | Negate | Binary | Call | InstanceLookup
