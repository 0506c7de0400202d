"""The tree of a parsed expression: frozen nodes, each compiling once to a closure that
evaluates it against a Context (XPath 1.0 as JavaRosa runs it)."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from surveyor.core.xpath_functions import Function
from surveyor.core.xpath_values import divide, equal, modulo, to_boolean, to_number

if TYPE_CHECKING:
    from surveyor.core.expressions import Context

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
    """${name}, or a path whose last step is `name` (../name, /data/group/name, bare name)."""

    name: str

    def compile(self) -> Run:
        name = self.name

        def ref(ctx: Context) -> object:
            value = ctx.value(name)
            return "" if value is None else value
        return ref

    def compile_values(self) -> Run:
        name = self.name
        return lambda ctx: list(ctx.values(name))


@dataclass(frozen=True)
class Current:
    """'.' or current(): the question being checked."""

    def compile(self) -> Run:
        def current(ctx: Context) -> object:
            value = ctx.current()
            return "" if value is None else value
        return current


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


Node = Literal | Ref | Current | Parent | Negate | Binary | Call
