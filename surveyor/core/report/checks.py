"""Failed checks of stored responses, for the review sheet: each answer that is there tested for
its type, its choices and its constraint (our engine, over the response: answers.py).

Lighter than the filling wing's validation (no live form per response: a city of 50k responses
is checked in seconds): relevance and required-ness are the form's business while filling;
here only what was stored is tested. A constraint that cannot be evaluated is not a failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from surveyor.core.expressions import Expr, ExpressionError, parse, to_boolean
from surveyor.core.filling.validation import TYPE_OF, type_ok
from surveyor.core.forms.model import Question
from surveyor.core.report.answers import AnswerContext, FormNames
from surveyor.core.responses import RepeatRow, Response, canonical

TYPED = frozenset({"integer", "decimal", "date", "datetime", "time", "geopoint", "acknowledge"})


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
                self.checks.append(_Check(question, kind, choices, expr))

    def failed(self, response: Response, moment: dt.datetime) -> Iterator[Failed]:
        top = AnswerContext(self.names, response, moment)
        rows: dict[str, list[RepeatRow]] = {}
        for row in response.repeats:
            rows.setdefault(row.repeat, []).append(row)
        for check in self.checks:
            repeat = check.question.repeat
            if repeat is None:
                places = [(None, response.answers.get(check.question.key))]
            else:
                places = [(r, r.answers.get(check.question.key)) for r in rows.get(repeat, ())]
            for row, value in places:
                if value is None or value == "":
                    continue
                found = self._test(check, top, row, value)
                if found is not None:
                    where = "" if row is None else ".".join(
                        map(str, (*row.parent_index, row.index)))
                    yield Failed(check.question, where, value, *found)

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
