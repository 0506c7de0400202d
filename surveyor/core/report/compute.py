"""Computing the indicators: each one city-wide, per ward (and per sector), with numerator,
denominator, value, target and met / not met.

Counted: the current state of each response that is complete and not deleted; drafts and
deleted responses are left out (their wards are still listed, so an empty ward shows "–").
Per response the numerator and denominator expressions are evaluated over its answers
(answers.AnswerContext, our own engine); the numerator counts only where the denominator is not
0. Then pandas adds them up (imported here, when a report runs, and nowhere else):
percent = 100 × Σ numerator / Σ denominator, mean = Σ numerator / Σ denominator, count =
Σ numerator. A denominator of 0 gives no value (None, shown "–"), never an error.
Grouping `market`: a place (the indicator's key: the market, a craft village) counts once; it
is in the denominator when one of its responses is, and in the numerator only when every such
response is (a market is free of nylon bags only when none of its surveyed vendors uses them).
Grouping `city`: the target applies city-wide only (a count such as "30 establishments").
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from surveyor.core.expressions import Expr, ExpressionError, to_number
from surveyor.core.forms.languages import form_language
from surveyor.core.forms.model import Finding, Form, FormKey, version_order
from surveyor.core.report.answers import AnswerContext, FormNames
from surveyor.core.report.indicators import ANY_FORM, Definitions, Indicator, Target
from surveyor.core.report.words import words
from surveyor.core.responses import COMPLETE, Response, canonical
from surveyor.core.text import fold

CITY, WARD, SECTOR = "city", "ward", "sector"
WARD_KEY = "phuong_xa"           # the ward question of every bundled form (SURVEYS.md)
COLUMNS = ("ward", "key", "num", "den")


@dataclass(frozen=True)
class Line:
    """One line of an indicator's table: city-wide, one ward or one sector."""

    scope: str                   # CITY, WARD or SECTOR
    key: str                     # "" city-wide; the ward's or the sector's choice name
    label: str
    numerator: float
    denominator: float | None    # None for a count
    value: float | None          # None: the denominator is 0 ("–")
    target: Target | None        # the target that applies on this line
    met: bool | None             # None: no target here, or no value


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    city: Line
    wards: tuple[Line, ...]
    sectors: tuple[Line, ...] = ()
    failed: int = 0              # responses whose expressions could not be evaluated (as 0)

    def lines(self) -> tuple[Line, ...]:
        return (self.city, *self.sectors, *self.wards)


@dataclass(frozen=True)
class Results:
    language: str
    indicators: tuple[IndicatorResult, ...]
    wards: tuple[tuple[str, str], ...]         # (choice name, label), in label order
    counted: int                               # complete responses counted
    drafts: int                                # current drafts, left out
    findings: tuple[Finding, ...] = ()         # definitions that could not be used
    at: str = ""

    def result(self, name: str) -> IndicatorResult:
        return next(r for r in self.indicators if r.indicator.name == name)


def latest_forms(forms: Mapping[FormKey, Form]) -> dict[str, Form]:
    found: dict[str, Form] = {}
    for (form_id, version), form in sorted(forms.items(), key=lambda kv: version_order(kv[0][1])):
        found[form_id] = form
    return found


def ward_labels(forms: Mapping[FormKey, Form], language: str) -> dict[str, str]:
    """Ward choice name -> its label, from the forms' `phuong_xa` lists (newest versions)."""
    labels: dict[str, str] = {}
    for form in latest_forms(forms).values():
        lang = form_language(form, language)
        for question in form.questions():
            if question.name == WARD_KEY:
                for choice in question.choices:
                    labels.setdefault(choice.name, form.text(choice.labels, lang))
    return labels


def place_key(value: object) -> str:
    """A place typed by people (a market, a craft village) as one key: NFC, case and spaces."""
    text = canonical(value) or ""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _number(expr: Expr, ctx: AnswerContext) -> float:
    value = expr.evaluate(ctx)
    if isinstance(value, list):
        value = value[0] if value else ""
    number = to_number(value)
    return number if math.isfinite(number) else 0.0


class Tally:
    """Responses added one by one (streamed); `results()` adds them up."""

    def __init__(self, definitions: Definitions, forms: Mapping[FormKey, Form], *,
                 language: str = "vi", now: dt.datetime | None = None):
        self.definitions, self.forms, self.language = definitions, forms, language
        self.now = now or dt.datetime.now().replace(microsecond=0)
        self.latest = latest_forms(forms)
        self.by_form: dict[str, list[Indicator]] = {}
        for indicator in definitions.indicators:
            self.by_form.setdefault(indicator.form_id, []).append(indicator)
        self.records: dict[str, list[tuple]] = {i.name: [] for i in definitions.indicators}
        self.failed: dict[str, int] = dict.fromkeys(self.records, 0)
        self.place_labels: dict[str, dict[str, str]] = {i.name: {} for i in definitions.indicators}
        self.names: dict[FormKey, FormNames] = {}
        self.wards: set[str] = set()
        self.counted = self.drafts = 0

    def _names(self, response: Response) -> FormNames:
        key = (response.form_id, response.form_version)
        if key not in self.names:
            form = self.forms.get(key) or self.latest.get(response.form_id) or Form(
                response.form_id, response.form_version, "", "", (), ())
            self.names[key] = FormNames(form, form_language(form, self.language))
        return self.names[key]

    def add(self, response: Response) -> None:
        if response.deleted:
            return
        ward = canonical(response.answers.get(WARD_KEY)) or ""
        self.wards.add(ward)
        if response.status != COMPLETE:
            self.drafts += 1
            return
        self.counted += 1
        indicators = self.by_form.get(response.form_id, []) + self.by_form.get(ANY_FORM, [])
        if not indicators:
            return
        ctx = AnswerContext(self._names(response), response, self.now)
        for indicator in indicators:
            try:
                den = 1.0 if indicator.denominator is None else _number(indicator.denominator, ctx)
                num = _number(indicator.numerator, ctx) if den else 0.0
                key = self._key(indicator, ctx)
            except (ExpressionError, ArithmeticError, ValueError):
                self.failed[indicator.name] += 1
                continue
            self.records[indicator.name].append((ward, key, num, den))

    def add_all(self, responses: Iterable[Response]) -> Tally:
        for response in responses:
            self.add(response)
        return self

    def _key(self, indicator: Indicator, ctx: AnswerContext) -> str:
        if indicator.key is None:
            return ""
        value = indicator.key.evaluate(ctx)
        if isinstance(value, list):
            value = value[0] if value else ""
        if indicator.grouping != "market":
            return canonical(value) or ""
        key = place_key(value)
        self.place_labels[indicator.name].setdefault(key, canonical(value) or "")
        return key

    def results(self) -> Results:
        import pandas as pd

        word = words(self.language)
        labels = ward_labels(self.forms, self.language)
        shown = {w: labels.get(w, w) if w else word("no_ward") for w in self.wards}
        wards = tuple(sorted(shown.items(), key=lambda item: (not item[0], fold(item[1]))))
        made = []
        for indicator in self.definitions.indicators:
            frame = pd.DataFrame.from_records(self.records[indicator.name], columns=COLUMNS)
            made.append(self._result(indicator, frame, wards, word))
        return Results(self.language, tuple(made), wards, self.counted, self.drafts,
                       self.definitions.findings, self.now.isoformat(sep=" "))

    def _result(self, indicator: Indicator, frame, wards, word) -> IndicatorResult:
        if indicator.grouping == "market":
            city, by_ward = _places(frame)
            sectors = {}
        else:
            city = (float(frame["num"].sum()), float(frame["den"].sum()))
            by_ward = _sums(frame, "ward")
            sectors = _sums(frame, "key") if indicator.grouping == "sector" else {}
        ward_target = None if indicator.grouping == "city" else indicator.target
        city_line = _line(indicator, CITY, "", word("city"), city, indicator.target)
        ward_lines = tuple(_line(indicator, WARD, code, label, by_ward.get(code, (0.0, 0.0)),
                                 ward_target) for code, label in wards)
        choices = self._sector_labels(indicator)
        sector_lines = tuple(
            _line(indicator, SECTOR, code,
                  word("sector", label=choices.get(code, code) or word("no_key")), sums,
                  indicator.target)
            for code, sums in sorted(sectors.items(), key=lambda kv: fold(choices.get(kv[0], kv[0])))
            if sums[1])
        return IndicatorResult(indicator, city_line, ward_lines, sector_lines,
                               self.failed[indicator.name])

    def _sector_labels(self, indicator: Indicator) -> dict[str, str]:
        """Choice name -> label, when the key is one select question of the form."""
        form = self.latest.get(indicator.form_id)
        if form is None or indicator.key is None or len(indicator.key.references) != 1:
            return {}
        name = next(iter(indicator.key.references))
        lang = form_language(form, self.language)
        for question in form.questions():
            if question.name == name:
                return {c.name: form.text(c.labels, lang) for c in question.choices}
        return {}


def _sums(frame, by: str) -> dict[str, tuple[float, float]]:
    if frame.empty:
        return {}
    grouped = frame.groupby(by, sort=False)[["num", "den"]].sum()
    return {key: (float(n), float(d)) for key, n, d in
            zip(grouped.index, grouped["num"], grouped["den"])}


def _places(frame) -> tuple[tuple[float, float], dict[str, tuple[float, float]]]:
    """Grouping market: places counted, city-wide and per ward (num: places that count)."""
    counted = frame[(frame["den"] != 0) & (frame["key"] != "")]
    if counted.empty:
        return (0.0, 0.0), {}
    counted = counted.assign(ok=counted["num"] != 0)
    city = counted.groupby("key")["ok"].all()
    per_ward = counted.groupby(["ward", "key"])["ok"].all().groupby(level=0).agg(["sum", "count"])
    return ((float(city.sum()), float(len(city))),
            {w: (float(s), float(c)) for w, s, c in
             zip(per_ward.index, per_ward["sum"], per_ward["count"])})


def _line(indicator: Indicator, scope: str, key: str, label: str, sums: tuple[float, float],
          target: Target | None) -> Line:
    num, den = sums
    if indicator.measure == "count":
        value, denominator = num, None
    else:
        denominator = den
        value = None if not den else (100 * num / den if indicator.measure == "percent"
                                      else num / den)
    met = None if target is None or value is None else target.met(value)
    return Line(scope, key, label, num, denominator, value, target, met)


def compute(responses: Iterable[Response], definitions: Definitions,
            forms: Mapping[FormKey, Form], *, language: str = "vi",
            now: dt.datetime | None = None) -> Results:
    """Every indicator over these responses (the store's current ones, streamed)."""
    return Tally(definitions, forms, language=language, now=now).add_all(responses).results()
