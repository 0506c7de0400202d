"""What `surveyor form check` says of a form: its findings (the reader's, and the expressions':
syntax errors, unknown ${names}, lookups in unknown lists, cycles) and a summary for people.

A form is usable as is when every question can be answered: findings that only lose something
shown, checked or recorded on the side are warnings or info, and each finding says what it
costs the person filling the form (`cost`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.errors import SurveyError
from surveyor.core.expressions import ExpressionError
from surveyor.core.forms.graph import GROUP_COLUMNS, QUESTION_COLUMNS, FormGraph, form_graph
from surveyor.core.forms.model import Finding, Form, Group, Node, Question
from surveyor.core.forms.xlsform import read_xlsform

TYPOGRAPHIC_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2032\u2033"
_REFERENCE = re.compile(r"\$\{\s*([^}]*?)\s*\}")
BLOCKING = ("error", "unsupported")
SEVERITIES = ("error", "unsupported", "warning", "info")
COSTS = {   # what a finding costs the person filling the form, when it does not say itself
    "error": "the form cannot be filled until this is fixed in the workbook",
    "unsupported": "it is left out: the form cannot be filled as its author meant",
    "warning": "answering works; what it describes is not shown or not checked",
    "info": "nothing for the person filling the form",
}


def cost(finding: Finding) -> str:
    """What a finding costs the person filling the form."""
    return finding.cost or COSTS.get(finding.severity, COSTS["warning"])


def expression_findings(form: Form) -> list[Finding]:
    """Syntax errors, unknown ${names}, lookups in unknown lists or columns, and cycles."""
    graph = form_graph(form)
    findings: list[Finding] = []
    for item in sorted(graph.items.values(), key=lambda i: i.order):
        columns = GROUP_COLUMNS if isinstance(item.node, Group) else QUESTION_COLUMNS
        for column in columns:
            text = graph.texts.get((item.key, column))
            if text is None:
                continue
            error = graph.errors.get((item.key, column))
            if error is not None:
                findings.append(_syntax_finding(item.node, column, text, error))
            for name in dict.fromkeys(_REFERENCE.findall(text)):
                if name not in graph.by_name:
                    findings.append(Finding("survey", item.node.row, column,
                                            f"unknown question ${{{name}}} in {text}", "error"))
            findings += _lookup_findings(graph, item.node, column)
    for cycle in graph.cycles:
        first = graph.items[cycle[0]].node
        column = "calculation" if isinstance(first, Question) and first.calculation else "relevant"
        names = " → ".join(f"${{{graph.items[k].name}}}" for k in cycle)
        detail = (f"${{{first.name}}} reads itself in its own {column}" if len(cycle) == 2
                  else f"{names} (each needs the other first)")
        findings.append(Finding("survey", first.row, column, f"calculation cycle: {detail}",
                                "error"))
    return findings


def _lookup_findings(graph: FormGraph, node: Node, column: str) -> list[Finding]:
    """instance() lookups in a choice list the form lacks, or in a column its list lacks."""
    expr, found = graph.exprs.get((node.key, column)), []
    for list_name in sorted({name for name, _ in expr.lookups} if expr else ()):
        choices = graph.lists.get(list_name)
        if choices is None:
            found.append(Finding("survey", node.row, column, f"instance('{list_name}'): the "
                                 f"choices sheet has no list named {list_name}", "error"))
            continue
        if not choices:
            continue      # a file's list that could not be read: its finding says so
        known = {"name", "label"}.union(*(choice.filters for choice in choices))
        for wanted in sorted({c for n, c in expr.lookups if n == list_name} - known):
            found.append(Finding("survey", node.row, column, f"instance('{list_name}'): the "
                                 f"choice list {list_name} has no column {wanted}", "error"))
    return found


def _syntax_finding(node: Node, column: str, text: str, error: ExpressionError) -> Finding:
    position = next((i for i, ch in enumerate(text) if ch in TYPOGRAPHIC_QUOTES), None)
    if position is not None and "typographic" not in error.message:
        detail = (f"typographic quote {text[position]} at position {position + 1}: "
                  "write straight quotes ' or \" instead")
    else:
        detail, position = error.message, error.position
    # The parser refuses some valid XPath it does not run (instance(), ...): the rest still works.
    severity = "unsupported" if "not supported" in detail else "error"
    caret = " " * position + "^"
    return Finding("survey", node.row, column, f"{detail}\n  {text}\n  {caret}", severity)


@dataclass(frozen=True)
class FormSummary:
    """One form as `form check` and the window's "Add form…" describe it."""

    path: str
    form: Form | None                # None when the file could not be read as a form
    findings: tuple[Finding, ...]
    error: SurveyError | None = None
    questions: int = 0
    groups: int = 0
    repeats: int = 0
    expressions: int = 0

    @property
    def usable(self) -> bool:
        return self.form is not None and not any(f.severity in BLOCKING for f in self.findings)


def summarise(path: str | Path) -> FormSummary:
    """Read a form file and check it."""
    try:
        form = read_xlsform(path)
    except SurveyError as error:
        return FormSummary(str(path), None, (), error)
    findings = tuple(sorted((*form.findings, *expression_findings(form)),
                            key=lambda f: SEVERITIES.index(f.severity)
                            if f.severity in SEVERITIES else len(SEVERITIES)))
    nodes = list(form.walk())
    repeats = len(form.repeats())
    groups = sum(1 for n in nodes if isinstance(n, Group)) - repeats
    questions = form.questions()
    columns = ("relevant", "constraint", "calculation", "choice_filter")
    expressions = sum(1 for q in questions for c in columns if getattr(q, c))
    return FormSummary(str(path), form, findings, None, len(questions), groups, repeats,
                       expressions)
