"""`form check` on expressions: syntax errors with a caret, unknown names, cycles."""

from __future__ import annotations

import pytest

from surveyor.core.forms.check import expression_findings
from surveyor.core.forms.graph import form_graph, looks_like_expression
from surveyor.core.forms.model import Finding, Form, Group, Question
from surveyor.core.forms.xlsform import form_from_markdown, read_xlsform


def one_question(column: str, text: str) -> Form:
    extra = Question("n", "n", "integer", row=2)
    question = Question("q", "q", "text", row=3, **{column: text})
    return Form("f", "1", "F", "", ("",), (extra, question))


@pytest.mark.parametrize("column, text, detail, spot", [
    ("relevant", "${n} +", "'+' has nothing after it", "+"),
    ("constraint", ". > 0 and (. < 10", "'(' is never closed", "("),
    ("calculation", "${n} == 3", "use = to compare", "=="),
    ("choice_filter", "city = ${n", "", None),
    ("required", "${n} >", "", None),
    ("read_only", "${n} >", "", None),
    ("default", "today(", "", None),
])
def test_a_syntax_error_names_the_row_and_column_and_points_at_the_spot(column, text, detail, spot):
    (finding,) = expression_findings(one_question(column, text))
    assert (finding.sheet, finding.row, finding.column, finding.severity) == (
        "survey", 3, column, "error")
    first, shown, pointer = finding.message.split("\n")
    assert detail in first and shown == "  " + text and pointer.strip() == "^"
    if spot is not None:
        assert pointer == "  " + " " * text.index(spot) + "^"


def test_typographic_quotes_get_their_own_message():
    (finding,) = expression_findings(one_question("relevant", "${n} = “yes”"))
    first, _, pointer = finding.message.split("\n")
    assert "typographic" in first and pointer == "  " + " " * 7 + "^"


@pytest.mark.parametrize("column, text", [
    ("relevant", "${nope} = 1"),
    ("calculation", "${n} + ${nope}"),
    ("choice_filter", "city = ${nope}"),
])
def test_a_reference_to_an_unknown_question_is_an_error(column, text):
    (finding,) = expression_findings(one_question(column, text))
    assert (finding.row, finding.column, finding.severity) == (3, column, "error")
    assert finding.message.startswith("unknown question ${nope}")


def test_a_literal_default_is_not_an_expression():
    assert expression_findings(one_question("default", "Hà Nội (cũ")) == []


@pytest.mark.parametrize("text, expected", [
    ("today()", True), ("${x}", True), ("now()", True), ("0", False), ("abc", False),
    ("Hà Nội (cũ)", False), ("2026-11-24", False),
])
def test_which_defaults_look_like_expressions(text, expected):
    assert looks_like_expression(text) is expected


def test_a_bad_repeat_count_and_group_relevant_are_found():
    inner = Question("x", "x", "text", row=3, repeat="r")
    form = Form("f", "1", "F", "", ("",), (
        Group("r", "r", row=2, is_repeat=True, repeat_count="${x} +", relevant="(${x}",
              children=(inner,)),))
    assert {(f.row, f.column) for f in expression_findings(form)} == {
        (2, "repeat_count"), (2, "relevant")}


CYCLE = """
| survey |
|        | type      | name | label | calculation  | relevant     |
|        | integer   | x    | X     |              |              |
|        | calculate | a    |       | ${c} + ${x}  |              |
|        | calculate | b    |       | ${a} * 2     |              |
|        | calculate | c    |       | ${b} - 1     |              |
|        | text      | t    | T     |              | ${t} != ''   |
|        | calculate | ok   |       | ${b} + ${x}  |              |
"""


def test_calculation_cycles_are_reported_once_each_with_their_path():
    findings = expression_findings(form_from_markdown(CYCLE))
    assert [(f.row, f.column, f.message) for f in findings] == [
        (3, "calculation", "calculation cycle: ${a} → ${b} → ${c} → ${a} (each needs the other first)"),
        (6, "relevant", "calculation cycle: ${t} reads itself in its own relevant"),
    ]


def test_a_group_relevant_reading_its_own_question_is_a_cycle():
    form = form_from_markdown("""
| survey |
|        | type        | name | label | relevant    |
|        | begin_group | g    | G     | ${x} != ''  |
|        | text        | x    | X     |             |
|        | end_group   |      |       |             |
""")
    assert [f.message for f in expression_findings(form)] == [
        "calculation cycle: ${g} → ${x} → ${g} (each needs the other first)"]


def test_a_clean_form_has_no_findings():
    form = form_from_markdown("""
| survey |
|        | type      | name | label | relevant   | constraint | calculation |
|        | integer   | n    | N     |            | . >= 0     |             |
|        | text      | why  | Why   | ${n} = 0   |            |             |
|        | calculate | d    |       |            |            | ${n} * 2    |
""")
    assert expression_findings(form) == []


def test_the_graph_is_built_once_per_form():
    form = form_from_markdown(CYCLE)
    assert form_graph(form) is form_graph(form)


def test_every_public_fixture_form_checks_without_a_crash(xlsform_fixtures):
    found: dict[str, list[Finding]] = {}
    for path in sorted(xlsform_fixtures.glob("*.xlsx")):
        found[path.name] = expression_findings(read_xlsform(path))
    assert set(found) >= {"ghana_community.xlsx", "bd_admin_cascade.xlsx"}
    # bd_admin_cascade's geopoint calculation looks its coordinates up with instance()
    assert all(f == [] for f in found.values()), found


LOOKUP = """
| survey |
|        | type            | name  | label | calculation  |
|        | select_one ward | ward  | Ward  |              |
|        | calculate       | where |       | {lookup}     |
| choices |
|         | list_name | name      | label     | city |
|         | ward      | hoan_kiem | Hoàn Kiếm | hn   |
|         | town      | hn        | Hà Nội    | hn   |
"""


@pytest.mark.parametrize("lookup, findings", [
    ("instance('town')/root/item[name = 'hn']/label", []),     # a list no question uses
    ("instance('ward')/root/item[name = ${ward}]/city", []),
    ("count(instance('ward')/root/item[city = 'hn' and label != ''])", []),
    ("instance('ward')/root/item[name = ${ward}]/town", [
        ("error", "instance('ward'): the choice list ward has no column town")]),
    ("instance('wards')/root/item[name = ${ward}]/city", [
        ("error", "instance('wards'): the choices sheet has no list named wards")]),
    ("pulldata('wards', 'city', 'name', ${ward})", []),   # wards.csv: see test_form_features
    ("instance('ward')", [
        ("unsupported", "instance(): secondary instances are not supported, except")]),
])
def test_lookups_in_a_choice_list_are_checked_against_the_list(lookup, findings):
    found = expression_findings(form_from_markdown(LOOKUP.replace("{lookup}", lookup)))
    assert [(f.row, f.column) for f in found] == [(3, "calculation")] * len(findings)
    assert [(f.severity, f.message[:len(m)]) for f, (_, m) in zip(found, findings)] == findings


NAMESAKES = """
| survey |
|        | type             | name  | label | choice_filter   |
|        | select_one city  | city  | City  |                 |
|        | select_one ward  | ward  | Ward  | city=${city}    |
|        | select_one city  | name  | Name  |                 |
|        | select_one city  | again | Again | name=${name}    |
|        | select_one city  | any   | Any   | city = 'hn'     |
| choices |
|         | list_name | name      | label     | city |
|         | city      | hn        | Hà Nội    |      |
|         | city      | hp        | Hải Phòng |      |
|         | ward      | hoan_kiem | Hoàn Kiếm | hn   |
"""


def test_a_choice_filter_depends_on_the_questions_it_names_not_on_its_columns():
    graph = form_graph(form_from_markdown(NAMESAKES))
    assert graph.dependents("city") == {"ward"}
    assert graph.dependents("name") == {"again"}
    assert graph.dependents("any") == frozenset()
    assert "any" not in graph.dependents("city")       # its bare `city` is a column
