"""Indicator definitions: forms/indicators.xlsx read into frozen values, every expression parsed
by our own engine when it is read (never eval). A row that cannot be used is a Finding naming
sheet, row and column, and the row is left out; the other indicators stay usable.

The workbook is read with openpyxl (read-only, defusedxml when installed) after the workbook
wing's hardened file check; it is small and written by people, like an XLSForm.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.expressions import Expr, ExpressionError, parse
from surveyor.core.forms.catalog import is_indicators_file
from surveyor.core.forms.languages import language_code
from surveyor.core.forms.model import Finding, Form, FormKey, version_order
from surveyor.core.workbook.read import check_file

SHEET = "indicators"
REQUIRED = ("name", "form", "numerator")
MEASURES = ("percent", "mean", "count")
GROUPINGS = ("ward", "city", "sector", "market")
DIRECTIONS = {"at_least": "at_least", ">=": "at_least", "≥": "at_least",
              "at_most": "at_most", "<=": "at_most", "≤": "at_most", "within": "within"}
ANY_FORM = "*"
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_RANGE = re.compile(rf"\s*({_NUMBER})\s*%?\s*(?:–|—|\.\.|to|đến|-)\s*({_NUMBER})\s*%?\s*")
_SINGLE = re.compile(rf"\s*({_NUMBER})\s*%?\s*")


@dataclass(frozen=True)
class Target:
    """A value (low == high) or a range, with the direction that says when it is met."""

    low: float
    high: float
    direction: str = "at_least"           # at_least | at_most | within

    def met(self, value: float) -> bool:
        if self.direction == "at_most":
            return value <= self.high + 1e-9
        if self.direction == "within":
            return self.low - 1e-9 <= value <= self.high + 1e-9
        return value >= self.low - 1e-9

    @property
    def threshold(self) -> float:
        """The value a bar must reach: the line drawn on the charts."""
        return self.high if self.direction == "at_most" else self.low

    def text(self, unit: str = "") -> str:
        """'≥ 85%', '70–80%', '≤ −5%' (the range shown whole when it is one)."""
        def number(x: float) -> str:
            shown = f"{x:g}".replace("-", "−")
            return shown + unit if unit == "%" else shown
        suffix = "" if unit in ("", "%") else f" {unit}"
        if self.low != self.high:
            return f"{number(self.low)} – {number(self.high)}{suffix}"
        sign = {"at_least": "≥ ", "at_most": "≤ ", "within": ""}[self.direction]
        return f"{sign}{number(self.low)}{suffix}"


@dataclass(frozen=True)
class Indicator:
    name: str
    labels: Mapping[str, str]          # language code (vi, en) -> text
    form_id: str                       # ANY_FORM: every form
    numerator: Expr
    denominator: Expr | None           # None: every response counts 1 (count measure)
    measure: str = "percent"
    grouping: str = "ward"
    key: Expr | None = None            # sector or place of a response (sector, market)
    target: Target | None = None
    year: int | None = None
    units: Mapping[str, str] = field(default_factory=dict)
    row: int = 0                       # its row on the sheet

    def label(self, language: str) -> str:
        return self.labels.get(language) or next(iter(self.labels.values()), "") or self.name

    def unit(self, language: str) -> str:
        found = self.units.get(language) or next(iter(self.units.values()), "")
        return found or ("%" if self.measure == "percent" else "")


@dataclass(frozen=True)
class Definitions:
    path: str
    indicators: tuple[Indicator, ...]
    findings: tuple[Finding, ...] = ()
    error: SurveyError | None = None   # the file could not be read at all

    @property
    def usable(self) -> bool:
        return self.error is None and not any(f.severity == "error" for f in self.findings)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet_rows(path: Path) -> list[tuple]:
    """The rows of sheet `indicators` (header first) as plain values."""
    from openpyxl import load_workbook

    check_file(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 (openpyxl raises many kinds for a bad file)
        raise SurveyError(Problem.NOT_XLSX, file=path.name, detail=str(error)) from None
    try:
        if SHEET not in book.sheetnames:
            raise SurveyError(Problem.SHEET_MISSING, file=path.name, sheet=SHEET)
        return [tuple(r) for r in book[SHEET].iter_rows(values_only=True)]
    finally:
        book.close()


def read_definitions(path: str | Path, forms: Mapping[FormKey, Form] | None = None,
                     ) -> Definitions:
    """Read and check the definitions; with `forms`, also each form id and ${name}."""
    path = Path(path)
    try:
        rows = _sheet_rows(path)
    except SurveyError as error:
        return Definitions(str(path), (), (), error)
    header = [_text(v) for v in (rows[0] if rows else ())]
    columns = {name.casefold(): i for i, name in enumerate(header) if name}
    findings = [Finding(SHEET, 1, c, f"column {c} is missing", "error")
                for c in REQUIRED if c not in columns]
    if findings:
        return Definitions(str(path), (), tuple(findings))
    names = _form_names(forms) if forms is not None else None
    indicators: list[Indicator] = []
    for number, values in enumerate(rows[1:], start=2):
        cells = {c: _text(values[i]) if i < len(values) else "" for c, i in columns.items()}
        if not any(cells.values()):
            continue
        found: list[Finding] = []
        indicator = _indicator(number, cells, header, values, names, found)
        seen = {i.name for i in indicators}
        if indicator is not None and indicator.name in seen:
            found.append(Finding(SHEET, number, "name", f"{indicator.name} is used twice", "error"))
            indicator = None
        findings += found
        if indicator is not None and not any(f.severity == "error" for f in found):
            indicators.append(indicator)
    return Definitions(str(path), tuple(indicators), tuple(findings))


def _form_names(forms: Mapping[FormKey, Form]) -> dict[str, set[str]]:
    """form id -> every question and group name of any of its versions."""
    names: dict[str, set[str]] = {}
    for (form_id, _), form in sorted(forms.items(), key=lambda kv: version_order(kv[0][1])):
        names.setdefault(form_id, set()).update(n.name for n in form.walk())
    return names


def _indicator(row: int, cells: dict[str, str], header: list[str], values: tuple,
               names: dict[str, set[str]] | None, found: list[Finding]) -> Indicator | None:
    def problem(column: str, message: str) -> None:
        found.append(Finding(SHEET, row, column, message, "error"))

    name, form_id = cells.get("name", ""), cells.get("form", "")
    if not _NAME.fullmatch(name):
        problem("name", f"{name!r} is not a name: lower-case ASCII letters, digits and _")
    if not form_id:
        problem("form", "no form named")
    elif names is not None and form_id != ANY_FORM and form_id not in names:
        problem("form", f"no form {form_id} is loaded")
    known = None if names is None or form_id == ANY_FORM else names.get(form_id)
    numerator = _expression(row, "numerator", cells.get("numerator", ""), known, found)
    denominator = _expression(row, "denominator", cells.get("denominator", ""), known, found)
    key = _expression(row, "key", cells.get("key", ""), known, found)
    measure = cells.get("measure", "").casefold() or "percent"
    grouping = cells.get("grouping", "").casefold() or "ward"
    if measure not in MEASURES:
        problem("measure", f"{measure!r}: say one of {', '.join(MEASURES)}")
    if grouping not in GROUPINGS:
        problem("grouping", f"{grouping!r}: say one of {', '.join(GROUPINGS)}")
    if grouping in ("sector", "market") and key is None and not _blank_error(found, "key"):
        problem("key", f"grouping {grouping} needs a key: the expression naming the "
                       f"{'sector' if grouping == 'sector' else 'market or place'}")
    if measure != "count" and denominator is None and not _blank_error(found, "denominator"):
        problem("denominator", f"measure {measure} needs a denominator")
    if numerator is None and not _blank_error(found, "numerator"):
        problem("numerator", "no numerator")
    target = _target(row, cells.get("target", ""), cells.get("direction", ""), found)
    year = _year(row, cells.get("year", ""), found)
    if found or numerator is None:
        return None
    return Indicator(name, _languages(header, values, "label"), form_id, numerator,
                     denominator, measure, grouping, key, target, year,
                     _languages(header, values, "unit"), row)


def _blank_error(found: list[Finding], column: str) -> bool:
    return any(f.column == column for f in found)


def _languages(header: list[str], values: tuple, prefix: str) -> dict[str, str]:
    """`label::vi`, `label::Tiếng Việt (vi)`… -> {"vi": text}."""
    texts = {}
    for i, column in enumerate(header):
        base, sep, language = column.partition("::")
        if sep and base.casefold() == prefix and i < len(values) and _text(values[i]):
            texts.setdefault(language_code(language) or language, _text(values[i]))
    return texts


def _expression(row: int, column: str, text: str, known: set[str] | None,
                found: list[Finding]) -> Expr | None:
    if not text:
        return None
    try:
        expr = parse(text)
    except ExpressionError as error:
        caret = " " * error.position + "^"
        found.append(Finding(SHEET, row, column, f"{error.message}\n  {text}\n  {caret}",
                             "error"))
        return None
    for name in sorted(expr.references - (known or expr.references)):
        found.append(Finding(SHEET, row, column, f"unknown question ${{{name}}} in {text}",
                             "error"))
    return expr


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _target(row: int, text: str, direction: str, found: list[Finding]) -> Target | None:
    text = text.replace("−", "-")
    way = DIRECTIONS.get(direction.casefold() or "at_least")
    if way is None:
        found.append(Finding(SHEET, row, "direction", f"{direction!r}: say at_least, at_most "
                             "or within", "error"))
        return None
    if not text:
        return None
    single, pair = _SINGLE.fullmatch(text), _RANGE.fullmatch(text)
    if single:
        value = _number(single[1])
        return Target(value, value, way)
    if pair:
        a, b = sorted((_number(pair[1]), _number(pair[2])))
        if math.isfinite(a) and math.isfinite(b):
            return Target(a, b, way)
    found.append(Finding(SHEET, row, "target", f"{text!r} is not a target: write a number "
                         "(85) or a range (70-80)", "error"))
    return None


def _year(row: int, text: str, found: list[Finding]) -> int | None:
    if not text:
        return None
    if text.isdigit() and 2000 <= int(text) <= 2100:
        return int(text)
    found.append(Finding(SHEET, row, "year", f"{text!r} is not a year", "error"))
    return None


@dataclass(frozen=True)
class DefinitionsSummary:
    """What `surveyor form check indicators.xlsx` says: like a form's summary."""

    path: str
    definitions: Definitions

    @property
    def usable(self) -> bool:
        return self.definitions.usable

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.definitions.findings

    @property
    def error(self) -> SurveyError | None:
        return self.definitions.error

    def forms(self) -> list[str]:
        return sorted({i.form_id for i in self.definitions.indicators})


def check_definitions(path: str | Path, forms: Mapping[FormKey, Form] | None = None,
                      ) -> DefinitionsSummary:
    return DefinitionsSummary(str(path), read_definitions(path, forms))


def is_definitions_file(path: str | Path) -> bool:
    """indicators.xlsx, or a workbook with an `indicators` sheet and no `survey` sheet."""
    path = Path(path)
    if is_indicators_file(path):
        return True
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml")[:200_000].decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    sheets = set(re.findall(r'<sheet\b[^>]*\bname="([^"]*)"', listing))
    return SHEET in sheets and "survey" not in sheets
