"""Failed checks of stored responses, for the review sheet: each answer that is there tested for
its type, its choices and its constraint (our engine, over the response: answers.py).

Lighter than the filling wing's validation (no live form per response: a city of 50k responses
is checked in seconds): relevance and required-ness are the form's business while filling;
here only what was stored is tested. A constraint that cannot be evaluated is not a failure.

Most answers repeat (a count, a choice, a day), so a check whose outcome depends on the value
alone (its type, its choices, and a constraint that reads only `.`, literals and functions of
their arguments: `regex(., '…')`, `. >= 0`) remembers its outcome per value, up to MEMO_VALUES
values a check (text as itself, a number with its type; any other answer, True and False
among them, is tested every time).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from surveyor.core.expressions import Expr, ExpressionError, parse, to_boolean
from surveyor.core.expressions.tree import Binary, Call, Current, Literal, Negate
from surveyor.core.filling.validation import TYPE_OF, type_ok
from surveyor.core.forms.model import Question
from surveyor.core.report.answers import AnswerContext, FormNames
from surveyor.core.responses import RepeatRow, Response, canonical

TYPED = frozenset({"integer", "decimal", "date", "datetime", "time", "geopoint", "acknowledge"})
MEMO_VALUES = 512                # outcomes a check remembers (values past it are tested anew)
# Functions whose result depends on their arguments only (today() and now() on the report's
# moment, fixed for one pass): a constraint calling only these over `.` depends on the value.
PURE = frozenset({
    "regex", "selected", "is-selected", "count-selected", "selected-at", "not", "true",
    "false", "boolean", "boolean-from-string", "number", "string", "int", "floor", "ceiling",
    "round", "abs", "pow", "string-length", "normalize-space", "substr", "substring-before",
    "substring-after", "contains", "starts-with", "ends-with", "translate", "concat", "if",
    "coalesce", "today", "now", "date", "date-time", "decimal-date-time", "decimal-time",
    "format-date", "format-date-time"})
_UNSEEN = object()


@dataclass(frozen=True)
class Failed:
    question: Question
    row: str                         # "" at the top; "2" or "2.1" in a repeat
    value: object
    kind: str                        # constraint | type | choice
    message: str


@dataclass(frozen=True)
class _Check:
    question: Question
    kind: str
    names: frozenset[str] | None     # the choices of a select (None: not a select, or none)
    constraint: Expr | None
    memo: dict | None = field(compare=False)    # value -> outcome, if the value decides it


def reads_only_the_value(node: object) -> bool:
    """Whether an expression tree reads nothing but `.`: no other question, no choice list,
    no position, nothing random (see PURE)."""
    if isinstance(node, (Literal, Current)):
        return True
    if isinstance(node, Binary):
        return reads_only_the_value(node.left) and reads_only_the_value(node.right)
    if isinstance(node, Negate):
        return reads_only_the_value(node.operand)
    if isinstance(node, Call):
        return node.name in PURE and all(reads_only_the_value(arg) for arg in node.args)
    return False


class _Contexts:
    """The response's Context, made when a check first needs it (most outcomes are memos)."""

    __slots__ = ("made", "moment", "names", "response")

    def __init__(self, names: FormNames, response: Response, moment: dt.datetime):
        self.names, self.response, self.moment, self.made = names, response, moment, None

    def top(self) -> AnswerContext:
        if self.made is None:
            self.made = AnswerContext(self.names, self.response, self.moment)
        return self.made


class FormChecks:
    """The checks of one form version, worked out once."""

    def __init__(self, names: FormNames):
        self.names = names
        self.checks: list[_Check] = []
        for question in names.form.questions():
            if not question.holds_value:
                continue
            expr = None
            if question.constraint:
                try:
                    expr = parse(question.constraint)
                except ExpressionError:
                    expr = None          # form check names it; nothing to test here
            choices = None
            if question.type in ("select_one", "select_multiple") and question.choices:
                choices = frozenset({c.name for c in question.choices}
                                    | ({"other"} if question.or_other else set()))
            kind = TYPE_OF.get(question.type, question.type)
            if expr is not None or choices is not None or kind in TYPED:
                memo = {} if expr is None or reads_only_the_value(expr.tree) else None
                self.checks.append(_Check(question, kind, choices, expr, memo))
        self.moment: dt.datetime | None = None      # the moment the memos hold outcomes for
        self.plan = tuple((c, c.question.key, c.question.repeat, c.memo) for c in self.checks)

    def failed(self, response: Response, moment: dt.datetime) -> Iterator[Failed]:
        if moment != self.moment:
            self.moment = moment
            for check in self.checks:
                if check.memo is not None:
                    check.memo.clear()
        rows: dict[str, list[RepeatRow]] | None = None
        answers, context = response.answers, _Contexts(self.names, response, moment)
        for check, key, repeat, memo in self.plan:
            if repeat is None:
                places: Iterable[tuple[RepeatRow | None, object]] = ((None, answers.get(key)),)
            else:
                if rows is None:
                    rows = {}
                    for row in response.repeats:
                        rows.setdefault(row.repeat, []).append(row)
                places = ((row, row.answers.get(key)) for row in rows.get(repeat, ()))
            for row, value in places:
                if value is None or value == "":
                    continue
                found = self._remembered(check, memo, value, context, row)
                if found is not None:
                    where = "" if row is None else ".".join(
                        map(str, (*row.parent_index, row.index)))
                    yield Failed(check.question, where, value, *found)

    def _remembered(self, check: _Check, memo: dict | None, value: object,
                    context: _Contexts, row: RepeatRow | None) -> tuple[str, str] | None:
        """The check's outcome for this answer: remembered, or tested (and remembered)."""
        kind = value.__class__
        if memo is None or not (kind is str or kind is int or kind is float):
            return self._test(check, context.top(), row, value)
        seen = value if kind is str else (kind, value)
        found = memo.get(seen, _UNSEEN)
        if found is _UNSEEN:
            found = self._test(check, context.top(), row, value)
            if len(memo) < MEMO_VALUES:
                memo[seen] = found
        return found

    def _test(self, check: _Check, top: AnswerContext, row: RepeatRow | None,
              value: object) -> tuple[str, str] | None:
        form, language = self.names.form, self.names.language
        if not type_ok(check.kind, value):
            return "type", check.kind
        if check.names is not None:
            picked = (canonical(value) or "").split()
            if check.question.type == "select_one":
                picked = [(canonical(value) or "").strip()]
            unknown = [name for name in picked if name not in check.names]
            if unknown:
                return "choice", " ".join(unknown)
        if check.constraint is None:
            return None
        try:
            ok = to_boolean(check.constraint.evaluate(top.at_row(row, value)))
        except (ExpressionError, ArithmeticError, ValueError):
            return None
        if ok:
            return None
        return "constraint", form.text(check.question.constraint_messages, language) or (
            check.question.constraint or "")
