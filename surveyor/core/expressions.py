"""XLSForm expressions (CONTRACT STUB: the API below is agreed; fill it in).

A tokenizer and a Pratt parser turn an expression into a tree once (parse() is cached); the tree
is evaluated against a Context with ODK semantics. Nothing is ever passed to eval/exec.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class ExpressionError(Exception):
    """A syntax error at `position` (0-based offset into `text`)."""

    def __init__(self, message: str, text: str, position: int):
        super().__init__(message)
        self.message, self.text, self.position = message, text, position

    def caret(self) -> str:
        return " " * self.position + "^"


class Context(Protocol):
    """What an expression can see while it is evaluated."""

    def value(self, name: str) -> object:
        """${name} seen from the current position (in a repeat row: that row's value)."""

    def values(self, name: str) -> list[object]:
        """Every value of ${name} across the rows of its repeat; for a repeat's own name, one
        item per row. Used by sum(), count(), max()/min() over node-sets, indexed-repeat()."""

    def current(self) -> object:
        """The value of '.', the question being checked (constraints, choice filters)."""

    def position(self) -> int:
        """1-based position of the current repeat row (0 outside repeats)."""

    def choice_label(self, name: str, value: str) -> str:
        """Label of choice `value` of question `name` in the form's current language."""

    def now(self) -> dt.datetime:
        """The time to use for today()/now() (fixed in tests)."""


class Expr:
    """A parsed expression: a tree of nodes."""

    references: frozenset[str]       # question names it reads (${x}, ../x, /data/g/x -> "x")

    def evaluate(self, ctx: Context) -> object: ...


def parse(text: str) -> Expr:
    """Parse an XLSForm expression; raise ExpressionError with the position of the bad spot."""
    ...
