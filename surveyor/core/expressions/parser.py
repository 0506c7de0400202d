"""XLSForm expressions (the agreed API): a tokenizer (tokens.py) and a Pratt parser turn an
expression into a tree once (parse() is cached); the tree compiles to closures that evaluate it
against a Context (context.py) with ODK semantics. Nothing is ever passed to eval/exec.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import lru_cache

from surveyor.core.expressions.context import Context
from surveyor.core.expressions.functions import (
    DATE_FORMAT_ESCAPE,
    DATE_FORMAT_LETTERS,
    FUNCTIONS,
    Function,
    compile_regex,
    question_name,
)
from surveyor.core.expressions.java_regex import PatternError
from surveyor.core.expressions.tokens import UNSUPPORTED_OPS, ExpressionError, Token, tokenize
from surveyor.core.expressions.tree import (
    Binary,
    Call,
    Current,
    InstanceLookup,
    Literal,
    Negate,
    Node,
    Parent,
    Ref,
    Run,
)


@dataclass(frozen=True)
class Expr:
    """A parsed expression: its text, its tree, the names it reads, and its compiled form."""

    text: str
    tree: Node
    # question names it reads (${x}, ../x, /data/g/x -> "x"): questions | columns
    references: frozenset[str]
    _run: Run = field(repr=False, compare=False)
    # ${x}, /data/g/x, current()/../x: questions wherever the expression is
    questions: frozenset[str] = frozenset()
    # bare names and relative paths (city, ../x): choice columns in a choice filter, else questions
    columns: frozenset[str] = frozenset()
    # (list name, column) of each column read by an instance('list')/root/item[...] lookup
    lookups: frozenset[tuple[str, str]] = frozenset()

    def evaluate(self, ctx: Context) -> object:
        """The value: str, float (or an answer's int), bool, dt.date or dt.datetime, or a list
        (a node-set: what a lookup in a choice list finds)."""
        return self._run(ctx)


@lru_cache(maxsize=4096)
def parse(text: str) -> Expr:
    """Parse an XLSForm expression; raise ExpressionError with the position of the bad spot."""
    parser = _Parser(text)
    tree = parser.parse()
    questions, columns = frozenset(parser.questions), frozenset(parser.columns)
    return Expr(text, tree, questions | columns, tree.compile(), questions, columns,
                frozenset(parser.lookups))


# --- the parser --------------------------------------------------------------------------------

_BINDING = {"or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
            "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6}
_UNARY = 7
# How deep a tree may be: a nesting level (brackets, a call, a sign) costs about four frames
# of Python's stack to parse, compile and evaluate, an operator in a chain about one.
MAX_NESTING, MAX_CHAIN = 60, 400
_UNSUPPORTED = {
    "instance": "secondary instances are not supported, except a lookup in a choice list: "
                "instance('list')/root/item[name = ${q}]/column",
    "jr:itext": "itext lookups are not supported",
    "enclosed-area": "enclosed-area() is not supported; area() is",
}


class _Parser:
    """A Pratt parser over the tokens of one expression; collects the names it references."""

    def __init__(self, text: str):
        self.text, self.tokens, self.at = text, tokenize(text), 0
        self.questions: set[str] = set()
        self.columns: set[str] = set()
        self.lookups: set[tuple[str, str]] = set()
        self.depth = 0

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.error("the expression is empty", 0)
        tree = self.expression(0)
        if self.peek().kind != "end":
            raise self.unexpected(self.peek())
        return tree

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        self.at += 1
        return self.tokens[self.at - 1]

    def error(self, message: str, position: int) -> ExpressionError:
        return ExpressionError(message, self.text, position)

    def source(self, token: Token) -> str:
        return self.text[token.start:token.end]

    def is_op(self, token: Token, *values: str) -> bool:
        return token.kind == "op" and token.value in values

    def expression(self, binding: int) -> Node:
        """Operands joined by operators binding tighter than `binding`. The tree may nest at
        most MAX_NESTING deep and chain at most MAX_CHAIN operators, so parsing, compiling and
        evaluating it stay well inside Python's recursion limit."""
        self.depth += 1
        try:
            self.check_depth(self.depth, 0)
            left = self.operand()
            chained = 0
            while True:
                token = self.peek()
                power = _BINDING.get(token.value) if token.kind == "op" else None  # type: ignore
                if power is None or power <= binding:
                    return left
                self.take()
                chained += 1
                self.check_depth(self.depth, chained, token)
                left = Binary(str(token.value), left, self.after(token, power))
        finally:
            self.depth -= 1

    def check_depth(self, nesting: int, chained: int, token: Token | None = None) -> None:
        if nesting > MAX_NESTING or nesting * 4 + chained > MAX_CHAIN:
            raise self.error(f"the expression is too deep (at most {MAX_NESTING} levels of "
                             f"brackets and calls, {MAX_CHAIN} operators in a row); split it "
                             "into calculations", (token or self.peek()).start)

    def after(self, operator: Token, binding: int) -> Node:
        """The operand that must follow `operator` (binary or unary)."""
        following = self.peek()
        if following.kind == "end":
            raise self.error(f"'{self.source(operator)}' has nothing after it", operator.start)
        if self.is_op(following, ")", ","):
            raise self.error(f"expected a value after '{self.source(operator)}'",
                             following.start)
        return self.expression(binding)

    def operand(self) -> Node:
        token = self.take()
        if token.kind == "number" or token.kind == "string":
            return Literal(token.value)  # type: ignore[arg-type]
        if token.kind == "ref":
            return self.path([str(token.value)], anchored=True)
        if token.kind == "name":
            return self.call(token) if self.is_op(self.peek(), "(") else self.path([token.value])
        if self.is_op(token, "-"):
            return Negate(self.after(token, _UNARY))
        if self.is_op(token, "("):
            inner = self.after(token, 0)
            self.close(token, "'(' is never closed: add )")
            return inner
        if self.is_op(token, ".", ".."):
            return self.path([str(token.value)])
        if self.is_op(token, "/"):
            return self.path([], token)
        if token.value in UNSUPPORTED_OPS:
            raise self.error(UNSUPPORTED_OPS[str(token.value)], token.start)
        raise self.error(f"'{self.source(token)}' needs a value before it", token.start)

    def close(self, opening: Token, message: str) -> None:
        token = self.peek()
        if self.is_op(token, ")"):
            self.take()
        elif token.kind == "end":
            raise self.error(message, opening.start)
        else:
            raise self.unexpected(token)

    def unexpected(self, token: Token) -> ExpressionError:
        shown = self.source(token)
        if self.is_op(token, ")"):
            return self.error("')' has no matching '('", token.start)
        if self.is_op(token, ","):
            return self.error("',' outside the arguments of a function", token.start)
        if token.kind in ("number", "string", "ref", "name") or self.is_op(token, "(", "."):
            return self.error(f"missing an operator (such as and, or, =, +) before {shown}",
                              token.start)
        return self.error(UNSUPPORTED_OPS.get(shown, f"unexpected '{shown}'"), token.start)

    def path(self, steps: list[object], slash: Token | None = None,
             anchored: bool = False) -> Node:
        """A location path: the name of its last step is what it reads. Anchored (${x},
        /data/x, current()/../x) it is a question; else a bare name or relative path."""
        if slash is not None:
            steps.append(self.step(slash))
            anchored = True
        while self.is_op(self.peek(), "/"):
            steps.append(self.step(self.take()))
        names = [str(step) for step in steps]
        while names and names[-1] == ".":
            names.pop()
        if not names:
            return Current(dot=not anchored)
        if names[-1] == "..":
            return Parent(tuple(names))
        (self.questions if anchored else self.columns).add(names[-1])
        return Ref(names[-1], question=anchored)

    def step(self, slash: Token) -> object:
        token = self.take()
        if token.kind == "name" or self.is_op(token, ".", ".."):
            return token.value
        raise self.error("'/' must be followed by a name in a path (to divide, use div)",
                         slash.start)

    def call(self, name: Token) -> Node:
        if name.value == "instance":
            return self.lookup(name)
        function = None if name.value == "current" else self.function(name)
        args = self.arguments(name)
        if function is None:                       # current(): the start of a path
            self.arity(name, 0, 0, len(args))
            return self.path(["."], anchored=True)
        return Call(str(name.value), function, self.checked(name, function, args))

    def lookup(self, name: Token) -> InstanceLookup:
        """instance('list')/root/item[predicate]/column; other instance() shapes are refused."""
        refused = self.error(f"instance(): {_UNSUPPORTED['instance']}", name.start)
        args = self.arguments(name)
        if len(args) != 1 or not isinstance(args[0], Literal) or type(args[0].value) is not str:
            raise refused
        for step in ("root", "item"):
            if not self.is_op(self.take(), "/") or self.peek().kind != "name" or (
                    self.take().value != step):
                raise refused
        outer, self.columns = self.columns, set()  # the predicate's bare names: the list's
        predicate = self.predicate() if self.is_op(self.peek(), "[") else None
        read, self.columns = self.columns, outer
        column = None
        if self.is_op(self.peek(), "/"):
            self.take()
            if self.peek().kind != "name":
                raise refused
            column = str(self.take().value)
        if self.is_op(self.peek(), "/", "["):
            raise refused
        self.lookups.update((args[0].value, c) for c in read | {column or "name"})
        return InstanceLookup(args[0].value, predicate, column)

    def predicate(self) -> Node:
        opening = self.take()
        inner = self.after(opening, 0)
        if self.is_op(self.peek(), "]"):
            self.take()
        elif self.peek().kind == "end":
            raise self.error("'[' is never closed: add ]", opening.start)
        else:
            raise self.unexpected(self.peek())
        return inner

    def arguments(self, name: Token) -> list[Node]:
        opening = self.take()
        unclosed = f"'(' of {name.value}() is never closed: add )"
        args: list[Node] = []
        if not self.is_op(self.peek(), ")"):
            if self.peek().kind == "end":
                raise self.error(unclosed, opening.start)
            args.append(self.expression(0))
            while self.is_op(self.peek(), ","):
                args.append(self.after(self.take(), 0))
        self.close(opening, unclosed)
        return args

    def function(self, name: Token) -> Function:
        function = FUNCTIONS.get(str(name.value))
        if function is not None:
            return function
        if name.value in _UNSUPPORTED:
            raise self.error(f"{name.value}(): {_UNSUPPORTED[str(name.value)]}", name.start)
        close = difflib.get_close_matches(str(name.value), FUNCTIONS, n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}()?)" if close else ""
        raise self.error(f"unknown function {name.value}(){hint}", name.start)

    def arity(self, name: Token, least: int, most: int | None, count: int) -> None:
        if least <= count and (most is None or count <= most):
            return
        wanted = (f"{least}" if least == most else f"at least {least}" if most is None
                  else f"{least} to {most}")
        noun = "argument" if wanted == "1" else "arguments"
        raise self.error(f"{name.value}() takes {wanted} {noun}, not {count}", name.start)

    def checked(self, name: Token, function: Function, args: list[Node]) -> tuple[Node, ...]:
        """`args` after the checks a function needs at parse time."""
        if name.value == "indexed-repeat" and len(args) > 3:
            raise self.error("indexed-repeat() over nested repeats (5 or more arguments) is "
                             "not supported", name.start)
        self.arity(name, function.least, function.most, len(args))
        if function.needs_reference and not isinstance(args[0], (Ref, InstanceLookup)):
            raise self.error(f"{name.value}() needs a question or repeat, like ${{name}}, as "
                             "its first argument", name.start)
        if name.value == "position" and args and args[0] != Parent(("..",)):
            raise self.error("position() supports only position(..)", name.start)
        literal = args[-1].value if args and isinstance(args[-1], Literal) else None
        if name.value == "jr:choice-name" and isinstance(literal, str):
            self.questions.add(question_name(literal))
            args[-1] = Literal(question_name(literal))
        elif name.value == "regex" and isinstance(literal, str):
            self.check_regex(name, literal)
        elif name.value in ("format-date", "format-date-time") and isinstance(literal, str):
            for escape in DATE_FORMAT_ESCAPE.finditer(literal):
                if escape[1] not in DATE_FORMAT_LETTERS:
                    raise self.error(f"{name.value}() does not know '{escape[0]}'", name.start)
        return tuple(args)

    def check_regex(self, name: Token, pattern: str) -> None:
        try:
            compile_regex(pattern)
        except PatternError as error:
            raise self.error(f"regex() pattern {pattern!r} is not valid: {error.msg}",
                             name.start) from None
