"""One response against its form: required, types, choices, constraints, and their messages."""

from __future__ import annotations

import datetime as dt

import pytest

from surveyor.core.filling.validation import Issue, clean, type_ok, validate
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import RepeatRow

VENDOR = """
| survey |
|        | type                     | name      | label::Tiếng Việt (vi) | label::English (en) | required | relevant             | constraint       | constraint_message::Tiếng Việt (vi) | constraint_message::English (en) | required_message::Tiếng Việt (vi) | required_message::English (en) |
|        | select_one yn            | aware     | Biết chiến dịch?       | Aware?              | yes      |                      |                  |                                     |                                  | Hãy chọn có hoặc không            | Pick yes or no                 |
|        | integer                  | bags_day  | Số túi mỗi ngày        | Bags per day        | yes      |                      | . >= 0           | Không được âm                       | Cannot be negative               |                                   |                                |
|        | integer                  | cost      | Chi phí tháng          | Monthly cost        |          | ${bags_day} > 0      | . < 100000000    |                                     |                                  |                                   |                                |
|        | select_multiple kinds    | kinds     | Loại túi               | Kinds               | yes      | ${bags_day} > 0      |                  |                                     |                                  |                                   |                                |
|        | select_one switch or_other | switch  | Sẵn sàng đổi?          | Ready to switch?    |          |                      |                  |                                     |                                  |                                   |                                |
|        | date                     | visited   | Ngày                   | Date                |          |                      | . <= today()     |                                     |                                  |                                   |                                |
|        | geopoint                 | where     | Vị trí                 | Location            |          |                      |                  |                                     |                                  |                                   |                                |
| choices |
|         | list_name | name     | label::Tiếng Việt (vi) | label::English (en) |
|         | yn        | yes      | Có                     | Yes                 |
|         | yn        | no       | Không                  | No                  |
|         | kinds     | nylon    | Nilon khó phân hủy     | Hard nylon          |
|         | kinds     | paper    | Giấy                   | Paper               |
|         | switch    | yes      | Có                     | Yes                 |
|         | switch    | no       | Không                  | No                  |
"""

VI, EN = "Tiếng Việt (vi)", "English (en)"
GOOD = {"aware": "yes", "bags_day": 20, "cost": 50000, "kinds": "nylon paper"}


@pytest.fixture(scope="module")
def vendor():
    return form_from_markdown(VENDOR)


def issues_of(form, answers, language=VI, repeats=()):
    return [(i.key, i.kind, i.message) for i in validate(form, answers, repeats, language)]


def test_a_good_response_has_no_issues(vendor):
    assert validate(vendor, GOOD) == []


@pytest.mark.parametrize("language, expected", [
    (VI, [("aware", "required", "Hãy chọn có hoặc không"),
          ("bags_day", "required", "Câu hỏi này bắt buộc trả lời")]),
    (EN, [("aware", "required", "Pick yes or no"),
          ("bags_day", "required", "This question is required")]),
])
def test_required_messages_in_the_form_language_with_defaults(vendor, language, expected):
    assert issues_of(vendor, {}, language) == expected


@pytest.mark.parametrize("language, expected", [
    (VI, [("bags_day", "constraint", "Không được âm")]),
    (EN, [("bags_day", "constraint", "Cannot be negative")]),
    (None, [("bags_day", "constraint", "Không được âm")]),       # the form's default language
])
def test_constraint_messages_in_the_form_language(vendor, language, expected):
    assert issues_of(vendor, {**GOOD, "bags_day": -3}, language) == expected


@pytest.mark.parametrize("language, message", [
    (VI, "Giá trị không hợp lệ"), ("vi", "Giá trị không hợp lệ"), (EN, "Invalid value")])
def test_a_constraint_without_a_message_gets_the_default(vendor, language, message):
    assert issues_of(vendor, {**GOOD, "cost": 10**9}, language) == [
        ("cost", "constraint", message)]


def test_required_applies_only_when_relevant(vendor):
    assert issues_of(vendor, {"aware": "no", "bags_day": 0}) == []
    assert [i[:2] for i in issues_of(vendor, {"aware": "no", "bags_day": 3})] == [
        ("kinds", "required")]


def test_a_constraint_is_not_checked_on_an_empty_or_hidden_answer(vendor):
    assert issues_of(vendor, {**GOOD, "bags_day": 0, "cost": 10**9, "kinds": None}) == []


@pytest.mark.parametrize("key, value, kind", [
    ("bags_day", "12a", "type"),
    ("bags_day", 2.5, "type"),
    ("visited", "24/11/2026", "type"),
    ("visited", "2026-02-30", "type"),
    ("visited", "2026-11-30", "constraint"),          # after today (tests fix today)
    ("where", "21.03 105.85", None),
    ("where", "21.03 105.85 12 5", None),
    ("where", "91 105", "type"),
    ("where", "21.03", "type"),
    ("kinds", "nylon plastic", "choice"),
    ("aware", "maybe", "choice"),
    ("switch", "other", None),                        # or_other allows 'other'
    ("aware", "other", "choice"),                     # without or_other it does not
])
def test_answers_of_the_wrong_shape_are_caught(vendor, key, value, kind):
    found = validate(vendor, {**GOOD, key: value}, now=dt.datetime(2026, 11, 24, 9, 0))
    assert [i.kind for i in found if i.key == key] == ([kind] if kind else [])


def test_type_and_choice_messages_say_what_was_expected(vendor):
    assert issues_of(vendor, {**GOOD, "bags_day": "x"}, EN) == [
        ("bags_day", "type", "Invalid value: a whole number is expected")]
    assert issues_of(vendor, {**GOOD, "kinds": "nylon plastic"}, VI) == [
        ("kinds", "choice", "Giá trị không hợp lệ: plastic không có trong danh sách lựa chọn")]


@pytest.mark.parametrize("kind, value, ok", [
    ("integer", 3, True), ("integer", 3.0, True), ("integer", "-12", True), ("integer", "1.5", False),
    ("integer", True, False), ("decimal", "1.5", True), ("decimal", ".5", True),
    ("decimal", "1,5", False), ("decimal", float("nan"), False), ("date", "2026-11-24", True),
    ("date", "2026-11-24T08:00:00", False), ("datetime", "2026-11-24T08:30:00", True),
    ("datetime", "2026-11-24", False), ("time", "08:30", True), ("time", "8h30", False),
    ("geopoint", "-90 180", True), ("geopoint", "10 181", False), ("geopoint", "a b", False),
    ("acknowledge", "OK", True), ("acknowledge", "no", False), ("text", "anything", True),
])
def test_value_shapes(kind, value, ok):
    assert type_ok(kind, value) is ok


CASCADE = """
| survey |
|        | type             | name  | label | choice_filter |
|        | select_one city  | city  | City  |               |
|        | select_one ward  | ward  | Ward  | city=${city}  |
| choices |
|         | list_name | name      | label     | city |
|         | city      | hn        | Hà Nội    |      |
|         | city      | hp        | Hải Phòng |      |
|         | ward      | hoan_kiem | Hoàn Kiếm | hn   |
|         | ward      | le_chan   | Lê Chân   | hp   |
"""


def test_a_choice_the_filter_leaves_out_is_refused():
    form = form_from_markdown(CASCADE)
    assert validate(form, {"city": "hn", "ward": "hoan_kiem"}) == []
    assert [i.kind for i in validate(form, {"city": "hp", "ward": "hoan_kiem"})] == ["choice"]


NAMESAKES = """
| survey |
|        | type              | name  | label | choice_filter |
|        | select_one fruit  | name  | Pick  |               |
|        | select_one fruit  | same  | Same  | name=${name}  |
| choices |
|         | list_name | name   | label |
|         | fruit     | mango  | Xoài  |
|         | fruit     | lychee | Vải   |
"""


@pytest.mark.parametrize("same, kinds", [("mango", []), ("lychee", ["choice"])])
def test_a_filter_on_the_name_column_reads_the_question_called_name(same, kinds):
    form = form_from_markdown(NAMESAKES)
    assert [i.kind for i in validate(form, {"name": "mango", "same": same})] == kinds


ROWS = """
| survey |
|        | type         | name     | label    | required | constraint |
|        | begin_repeat | material | Material |          |            |
|        | text         | mat_name | Name     | yes      |            |
|        | decimal      | qty      | Quantity |          | . > 0      |
|        | end_repeat   |          |          |          |            |
"""


def test_issues_in_repeat_rows_name_the_row():
    form = form_from_markdown(ROWS)
    rows = [RepeatRow("material", 1, {"mat_name": "than", "qty": 5}),
            RepeatRow("material", 2, {"qty": -1})]
    assert validate(form, {}, rows, EN) == [
        Issue("mat_name", "material", (2,), "required", "This question is required"),
        Issue("qty", "material", (2,), "constraint", "Invalid value")]


def test_clean_drops_hidden_answers_and_fills_calculations():
    form = form_from_markdown("""
| survey |
|        | type      | name  | label | relevant    | calculation   |
|        | integer   | n     | N     |             |               |
|        | text      | why   | Why   | ${n} = 0    |               |
|        | calculate | twice |       |             | ${n} * 2      |
""")
    answers, repeats = clean(form, {"n": 4, "why": "không bán"})
    assert answers == {"n": 4, "twice": 8} and repeats == ()
