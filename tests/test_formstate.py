"""The live form state: skip logic, calculations, repeats, choice lists, defaults."""

from __future__ import annotations

import datetime as dt

import pytest

from surveyor.core.filling.live import LiveForm
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import RepeatRow

NOW = dt.datetime(2026, 11, 24, 8, 30, 0)

MARKET = """
| survey |
|        | type             | name       | label::Tiếng Việt (vi) | label::English (en) | relevant              | constraint         | required | calculation          |
|        | select_one yn    | uses_bags  | Dùng túi nilon?        | Uses bags?          |                       |                    | yes      |                      |
|        | begin_group      | bags       | Túi nilon              | Bags                | ${uses_bags} = 'yes'  |                    |          |                      |
|        | integer          | bags_day   | Số túi mỗi ngày        | Bags per day        |                       | . >= 0 and . < 10000 | yes    |                      |
|        | integer          | cost_bag   | Giá một túi            | Cost per bag        | ${bags_day} > 0       |                    |          |                      |
|        | end_group        |            |                        |                     |                       |                    |          |                      |
|        | calculate        | cost_month |                        |                     |                       |                    |          | ${cost_day} * 30     |
|        | calculate        | cost_day   |                        |                     |                       |                    |          | ${bags_day} * ${cost_bag} |
|        | text             | why_not    | Vì sao không?          | Why not?            | ${uses_bags} = 'no'   |                    | yes      |                      |
| choices |
|         | list_name | name | label::Tiếng Việt (vi) | label::English (en) |
|         | yn        | yes  | Có                     | Yes                 |
|         | yn        | no   | Không                  | No                  |
"""

MATERIALS = """
| survey |
|        | type         | name      | label     | calculation            | relevant            |
|        | text         | firm      | Firm      |                        |                     |
|        | begin_repeat | material  | Materials |                        |                     |
|        | text         | mat_name  | Name      |                        |                     |
|        | decimal      | qty       | Quantity  |                        |                     |
|        | calculate    | row_no    |           | position(..)           |                     |
|        | calculate    | label_row |           | concat(${firm}, '-', ${row_no}) |            |
|        | end_repeat   |           |           |                        |                     |
|        | calculate    | total     |           | sum(${qty})            |                     |
|        | calculate    | rows      |           | count(${material})     |                     |
|        | note         | big       | Big user  |                        | ${total} > 100      |
"""


@pytest.fixture(scope="module")
def market():
    return form_from_markdown(MARKET)


@pytest.fixture(scope="module")
def materials():
    return form_from_markdown(MATERIALS)


@pytest.mark.parametrize("uses, shown, hidden", [
    ("yes", {"bags", "bags_day", "cost_bag"}, {"why_not"}),
    ("no", {"why_not"}, {"bags", "bags_day", "cost_bag"}),
    (None, set(), {"bags", "bags_day", "cost_bag", "why_not"}),
])
def test_skip_logic_follows_the_answer_through_groups(market, uses, shown, hidden):
    state = LiveForm(market, {"uses_bags": uses, "bags_day": 5})
    assert {k for k in shown | hidden if state.relevant(k)} == shown


def test_a_question_inside_a_hidden_group_is_hidden_whatever_its_own_relevant_says(market):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": 5})
    assert state.relevant("cost_bag")
    changes = state.set("uses_bags", "no")
    assert not state.relevant("cost_bag")
    assert {("bags", ()), ("bags_day", ()), ("cost_bag", ()), ("why_not", ())} <= changes


def test_chained_calculations_follow_in_dependency_order_not_form_order(market):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": 10, "cost_bag": 200})
    assert (state.value("cost_day"), state.value("cost_month")) == (2000, 60000)
    state.set("cost_bag", 300)
    assert (state.value("cost_day"), state.value("cost_month")) == (3000, 90000)


def test_a_hidden_answer_reads_as_empty_in_calculations(market):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": 10, "cost_bag": 200})
    state.set("uses_bags", "no")
    assert state.value("bags_day") == 10          # kept while the form is open
    assert state.value("cost_day") is None        # but nothing reads it any more
    state.set("uses_bags", "yes")
    assert state.value("cost_month") == 60000


def test_answers_drop_what_is_not_relevant_and_fill_calculations(market):
    state = LiveForm(market, {"uses_bags": "no", "bags_day": 10, "cost_bag": 200,
                               "why_not": "đắt"})
    assert state.answers() == {"uses_bags": "no", "why_not": "đắt"}
    state.set("uses_bags", "yes")
    assert state.answers() == {"uses_bags": "yes", "bags_day": 10, "cost_bag": 200,
                               "cost_day": 2000, "cost_month": 60000}


@pytest.mark.parametrize("value, valid", [(0, True), (9999, True), (-1, False), (10000, False),
                                          (None, True)])
def test_constraint_reads_the_answer_as_dot(market, value, valid):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": value})
    assert state.valid("bags_day") is valid


def test_required_applies_only_while_relevant(market):
    state = LiveForm(market, {"uses_bags": "yes"})
    assert state.required("bags_day") and not state.required("why_not")
    changes = state.set("uses_bags", "no")
    assert not state.required("bags_day") and state.required("why_not")
    assert ("why_not", ()) in changes


def test_a_change_re_evaluates_only_what_reads_it(market):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": 10, "cost_bag": 200})
    before = state.evaluations
    changes = state.set("cost_bag", 250)
    # cost_day (calculation), then cost_month (calculation): nothing else reads cost_bag.
    assert state.evaluations - before == 2
    assert changes == {("cost_bag", ()), ("cost_day", ()), ("cost_month", ())}


def test_the_graph_knows_who_reads_what_through_groups_and_calculations(market):
    graph = LiveForm(market, {}).graph
    assert graph.dependents("uses_bags") == {"bags", "bags_day", "cost_bag", "cost_day",
                                             "cost_month", "why_not"}
    assert graph.dependents("cost_bag") == {"cost_day", "cost_month"}
    assert graph.dependents("cost_month") == set()


def test_a_change_that_changes_nothing_stops_there(market):
    state = LiveForm(market, {"uses_bags": "yes", "bags_day": 10, "cost_bag": 200})
    state.set("bags_day", 20)
    before = state.evaluations
    changes = state.set("bags_day", 30)   # cost_bag stays relevant: only the values move on
    assert ("cost_bag", ()) not in changes
    # cost_bag's relevant, bags_day's constraint, cost_day, cost_month (required is "true()")
    assert state.evaluations - before == 4
    assert state.set("bags_day", 30) == set()


def test_repeat_rows_sum_count_and_position(materials):
    state = LiveForm(materials, {"firm": "A"}, now=NOW)
    for qty in (40, 50, 20):
        state.add_row("material")
        state.set("qty", qty, at=state.rows("material")[-1])
    assert state.rows("material") == [(1,), (2,), (3,)]
    assert (state.value("total"), state.value("rows")) == (110, 3)
    assert [state.value("label_row", at) for at in state.rows("material")] == ["A-1", "A-2", "A-3"]
    assert state.relevant("big")


def test_removing_a_row_renumbers_the_rows_after_it(materials):
    rows = [RepeatRow("material", i, {"mat_name": n, "qty": q})
            for i, (n, q) in enumerate([("coal", 40), ("water", 50), ("oil", 20)], start=1)]
    state = LiveForm(materials, {"firm": "A"}, rows)
    changes = state.remove_row("material", (2,))
    assert [state.value("mat_name", at) for at in state.rows("material")] == ["coal", "oil"]
    assert state.value("label_row", (2,)) == "A-2"
    assert (state.value("total"), state.value("rows")) == (60, 2)
    assert {("total", ()), ("rows", ()), ("big", ())} <= changes


def test_rows_answered_out_of_order_keep_their_answers_when_one_goes(materials):
    state = LiveForm(materials, {"firm": "A"})
    for _ in range(3):
        state.add_row("material")
    for at, name in [((3,), "oil"), ((2,), "water"), ((1,), "coal")]:
        state.set("mat_name", name, at)
    state.remove_row("material", (2,))
    assert [state.value("mat_name", at) for at in state.rows("material")] == ["coal", "oil"]


def test_repeat_rows_come_back_with_their_calculations(materials):
    state = LiveForm(materials, {"firm": "B"}, [RepeatRow("material", 1, {"qty": 7})])
    assert state.repeat_rows() == (
        RepeatRow("material", 1, {"qty": 7, "row_no": 1, "label_row": "B-1"}, ()),)
    assert state.answers() == {"firm": "B", "total": 7, "rows": 1}


def test_a_top_level_change_reaches_every_row(materials):
    state = LiveForm(materials, {"firm": "A"},
                      [RepeatRow("material", i, {"qty": 1}) for i in (1, 2)])
    changes = state.set("firm", "Z")
    assert {("label_row", (1,)), ("label_row", (2,))} <= changes
    assert state.value("label_row", (2,)) == "Z-2"


NESTED = """
| survey |
|        | type         | name      | label    | calculation           | relevant          |
|        | begin_repeat | household | People   |                       |                   |
|        | text         | head      | Head     |                       |                   |
|        | begin_repeat | member    | Member   |                       |                   |
|        | integer      | age       | Age      |                       |                   |
|        | text         | school    | School   |                       | ${age} < 18       |
|        | end_repeat   |           |          |                       |                   |
|        | calculate    | members   |          | count(${member})      |                   |
|        | calculate    | ages      |          | sum(${age})           |                   |
|        | end_repeat   |           |          |                       |                   |
|        | calculate    | everyone  |          | sum(${members})       |                   |
"""


def test_nested_repeats_count_within_their_own_parent_row():
    state = LiveForm(form_from_markdown(NESTED), {}, [
        RepeatRow("household", 1, {"head": "An"}), RepeatRow("household", 2, {"head": "Bình"}),
        RepeatRow("member", 1, {"age": 40}, (1,)), RepeatRow("member", 2, {"age": 12}, (1,)),
        RepeatRow("member", 1, {"age": 30}, (2,)),
    ])
    assert [state.value("members", at) for at in state.rows("household")] == [2, 1]
    assert [state.value("ages", at) for at in state.rows("household")] == [52, 30]
    assert state.value("everyone") == 3
    assert state.relevant("school", (1, 2)) and not state.relevant("school", (1, 1))
    state.add_row("member", (2,))
    assert state.value("members", (2,)) == 2 and state.value("everyone") == 4
    state.remove_row("household", (1,))
    assert state.rows("member", (1,)) == [(1, 1), (1, 2)]
    assert state.value("age", (1, 1)) == 30 and state.value("everyone") == 2


CASCADE = """
| survey |
|        | type               | name     | label    | choice_filter          |
|        | select_one city    | city     | City     |                        |
|        | select_one ward    | ward     | Ward     | city_code=${city}      |
|        | select_one street  | street   | Street   | ward_code=${ward} or name='other' |
| choices |
|         | list_name | name       | label       | city_code | ward_code |
|         | city      | hn         | Hà Nội      |           |           |
|         | city      | hp         | Hải Phòng   |           |           |
|         | ward      | hoan_kiem  | Hoàn Kiếm   | hn        |           |
|         | ward      | ba_dinh    | Ba Đình     | hn        |           |
|         | ward      | le_chan    | Lê Chân     | hp        |           |
|         | street    | trang_tien | Tràng Tiền  |           | hoan_kiem |
|         | street    | kim_ma     | Kim Mã      |           | ba_dinh   |
|         | street    | other      | Khác        |           |           |
"""


def test_choice_filters_cascade():
    state = LiveForm(form_from_markdown(CASCADE), {})
    assert [c.name for c in state.choices("ward")] == []
    state.set("city", "hn")
    assert [c.name for c in state.choices("ward")] == ["hoan_kiem", "ba_dinh"]
    changes = state.set("ward", "ba_dinh")
    assert ("street", ()) in changes
    assert [c.name for c in state.choices("street")] == ["kim_ma", "other"]
    assert ("ward", ()) in state.set("city", "hp")
    assert [c.name for c in state.choices("ward")] == ["le_chan"]
    assert state.value("ward") == "ba_dinh"       # kept, as ODK does; validation flags it


SAME_NAMES = """
| survey |
|        | type             | name  | label | choice_filter  |
|        | select_one city  | city  | City  |                |
|        | select_one ward  | ward  | Ward  | city=${city}   |
| choices |
|         | list_name | name      | label     | city |
|         | city      | hn        | Hà Nội    |      |
|         | city      | hp        | Hải Phòng |      |
|         | ward      | hoan_kiem | Hoàn Kiếm | hn   |
|         | ward      | le_chan   | Lê Chân   | hp   |
"""


def test_a_choice_column_named_like_the_question_is_the_choices_own():
    state = LiveForm(form_from_markdown(SAME_NAMES), {"city": "hp"})
    assert [c.name for c in state.choices("ward")] == ["le_chan"]


NAMESAKES = """
| survey |
|        | type              | name   | label  | choice_filter  |
|        | select_one fruit  | name   | Pick   |                |
|        | select_one fruit  | same   | Same   | name=${name}   |
|        | select_one fruit  | other  | Other  | name != ${name} and . != 'plum' |
| choices |
|         | list_name | name   | label  |
|         | fruit     | mango  | Xoài   |
|         | fruit     | lychee | Vải    |
|         | fruit     | plum   | Mận    |
"""


def test_a_choice_filter_compares_the_choice_name_with_the_question_called_name():
    state = LiveForm(form_from_markdown(NAMESAKES), {})
    assert [c.name for c in state.choices("same")] == []
    assert [c.name for c in state.choices("other")] == ["mango", "lychee"]
    changed = state.set("name", "lychee")
    assert {("same", ()), ("other", ())} <= changed
    assert [c.name for c in state.choices("same")] == ["lychee"]
    assert [c.name for c in state.choices("other")] == ["mango"]


LOOKUP = """
| survey |
|        | type             | name   | label::Tiếng Việt (vi) | label::English (en) | calculation |
|        | select_one city  | city   | Thành phố              | City                |             |
|        | select_one ward  | ward   | Phường                 | Ward                |             |
|        | calculate        | wards  |                        |                     | count(instance('ward')/root/item[city = ${city}]) |
|        | calculate        | where  |                        |                     | concat(instance('ward')/root/item[name = ${ward}]/label, ', ', instance('city')/root/item[name = instance('ward')/root/item[name = ${ward}]/city]/label) |
|        | calculate        | lat    |                        |                     | instance('ward')/root/item[name=${ward}]/lat + 0 |
| choices |
|         | list_name | name      | label::Tiếng Việt (vi) | label::English (en) | city | lat     |
|         | city      | hn        | Hà Nội                 | Hanoi               |      |         |
|         | city      | hp        | Hải Phòng              | Haiphong            |      |         |
|         | ward      | hoan_kiem | Hoàn Kiếm              | Hoan Kiem           | hn   | 21.0285 |
|         | ward      | ba_dinh   | Ba Đình                | Ba Dinh             | hn   | 21.0341 |
|         | ward      | le_chan   | Lê Chân                | Le Chan             | hp   | 20.8449 |
"""


@pytest.mark.parametrize("language, where", [
    ("vi", "Lê Chân, Hải Phòng"), ("en", "Le Chan, Haiphong")])
def test_a_lookup_in_a_choice_list_follows_the_answers_it_reads(language, where):
    state = LiveForm(form_from_markdown(LOOKUP), {}, language=language)
    assert (state.value("wards"), state.value("where"), state.value("lat")) == (0, ", ", None)
    state.set("city", "hn")
    assert state.value("wards") == 2
    assert ("where", ()) in state.set("ward", "le_chan")
    assert (state.value("where"), state.value("lat")) == (where, 20.8449)
    assert state.errors == {}


LABELS = """
| survey |
|        | type           | name  | label::Tiếng Việt (vi) | label::English (en) | calculation                   | default  |
|        | select_one yn  | ok    | Đồng ý?                | Agree?              |                               | yes      |
|        | calculate      | said  |                        |                     | jr:choice-name(${ok}, '${ok}') |         |
|        | date           | seen  | Ngày                   | Date                |                               | today()  |
|        | integer        | n     | Số                     | Number              |                               | 3        |
|        | today          | day   |                        |                     |                               |          |
| choices |
|         | list_name | name | label::Tiếng Việt (vi) | label::English (en) |
|         | yn        | yes  | Có                     | Yes                 |
|         | yn        | no   | Không                  | No                  |
"""


@pytest.mark.parametrize("language, said", [
    ("Tiếng Việt (vi)", "Có"), ("English (en)", "Yes"), ("en", "Yes"), ("vi", "Có"),
    ("English", "Yes"), (None, "Có"), ("Français", "Có")])
def test_choice_names_are_in_the_form_language(language, said):
    state = LiveForm(form_from_markdown(LABELS), None, language=language, now=NOW)
    assert state.value("said") == said


def test_a_new_response_gets_its_defaults_and_an_existing_one_does_not():
    form = form_from_markdown(LABELS)
    fresh = LiveForm(form, None, now=NOW)
    assert [fresh.value(k) for k in ("ok", "seen", "n", "day")] == [
        "yes", "2026-11-24", 3, "2026-11-24"]
    opened = LiveForm(form, {"n": 5}, now=NOW)
    assert [opened.value(k) for k in ("ok", "seen", "n")] == [None, None, 5]


CYCLE = """
| survey |
|        | type      | name | label | calculation |
|        | integer   | x    | X     |             |
|        | calculate | a    |       | ${b} + ${x} |
|        | calculate | b    |       | ${a} + 1    |
"""


def test_a_calculation_cycle_is_reported_and_does_not_hang():
    state = LiveForm(form_from_markdown(CYCLE), {"x": 1})
    assert state.graph.cycles == (("a", "b", "a"),)
    state.set("x", 2)           # evaluates each once, in some order, and returns


COUNTED = """
| survey |
|        | type         | name     | label    | repeat_count |
|        | integer      | n_kinds  | Kinds    |              |
|        | begin_repeat | kind     | Kind     | ${n_kinds}   |
|        | text         | what     | What     |              |
|        | end_repeat   |          |          |              |
"""


def test_repeat_count_adds_and_removes_rows():
    state = LiveForm(form_from_markdown(COUNTED), None)
    assert state.rows("kind") == []
    state.set("n_kinds", 3)
    assert state.rows("kind") == [(1,), (2,), (3,)]
    state.set("what", "giấy", at=(1,))
    state.set("n_kinds", 1)
    assert state.rows("kind") == [(1,)] and state.value("what", (1,)) == "giấy"


@pytest.mark.parametrize("call", [
    lambda s: s.set("nope", 1),
    lambda s: s.set("qty", 1),                    # a repeat question needs its row
    lambda s: s.set("qty", 1, at=(4,)),
    lambda s: s.remove_row("material", (1,)),
])
def test_places_that_do_not_exist_are_refused(materials, call):
    with pytest.raises(KeyError):
        call(LiveForm(materials, {}))


def test_a_calculation_cannot_be_answered(materials):
    with pytest.raises(ValueError):
        LiveForm(materials, {}).set("total", 3)


READ_ONLY = """
| survey |
|        | type    | name   | label  | read_only      | default |
|        | integer | locked | Locked | ${n} > 3       |         |
|        | integer | n      | N      |                |         |
|        | text    | fixed  | Fixed  | yes            | Hà Nội  |
"""


def test_read_only_follows_its_expression():
    state = LiveForm(form_from_markdown(READ_ONLY), None)
    assert (state.read_only("locked"), state.read_only("fixed")) == (False, True)
    assert ("locked", ()) in state.set("n", 4)
    assert state.read_only("locked") and state.value("fixed") == "Hà Nội"


def test_every_public_fixture_form_builds_a_state_that_evaluates_cleanly(xlsform_fixtures):
    from surveyor.core.forms.xlsform import read_xlsform
    for path in sorted(xlsform_fixtures.glob("*.xlsx")):
        form = read_xlsform(path)
        state = LiveForm(form, None, now=NOW)
        for repeat in form.repeats():
            for parent in ([()] if not repeat.repeat else state.rows(repeat.repeat)):
                state.add_row(repeat.key, parent)
        assert state.errors == {}, path.name
        assert all(state.relevant(k) for k in state.answers()), path.name
