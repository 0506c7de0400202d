"""Reading XLSForms into the form model: types, or_other, flags, languages, repeats, findings,
errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import ALL_TYPES, Group
from surveyor.core.forms.xlsform import form_from_markdown, load_forms, read_xlsform


def write_xlsx(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    """A real .xlsx with the given sheets (rows of text, header first)."""
    with xlsxwriter.Workbook(str(path), {"strings_to_formulas": False}) as book:
        for name, rows in sheets.items():
            sheet = book.add_worksheet(name)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    sheet.write_string(r, c, value)
    return path


SMALL_FORM = {
    "survey": [["type", "name", "label"], ["text", "ten", "Tên"], ["integer", "so", "Số"]],
}


# --- question types -------------------------------------------------------------------------------

ALIASES = [
    ("text", "text"), ("string", "text"), ("integer", "integer"), ("int", "integer"),
    ("decimal", "decimal"), ("select_one yn", "select_one"), ("select one yn", "select_one"),
    ("select one from yn", "select_one"), ("select_multiple yn", "select_multiple"),
    ("select all that apply yn", "select_multiple"),
    ("select all that apply from yn", "select_multiple"),
    ("date", "date"), ("datetime", "datetime"), ("dateTime", "datetime"), ("time", "time"),
    ("geopoint", "geopoint"), ("gps", "geopoint"), ("image", "image"), ("photo", "image"),
    ("note", "note"), ("calculate", "calculate"), ("acknowledge", "acknowledge"),
    ("start", "start"), ("end", "end"), ("today", "today"), ("deviceid", "deviceid"),
    ("imei", "deviceid"), ("username", "username"), ("email", "email"),
    ("phonenumber", "phonenumber"), ("range", "range"),
]


@pytest.mark.parametrize("written, canonical", ALIASES)
def test_type_spelling_maps_to_its_canonical_type(written, canonical):
    extra = "| | calculate | c | | 1 |" if written != "calculate" else ""
    form = form_from_markdown(f"""
| survey |
|        | type      | name | label | calculation |
|        | {written} | q    | Q     | {'1' if written == 'calculate' else ''} |
{extra}
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    question = form.question("q")
    assert question.type == canonical
    assert question.type in ALL_TYPES
    assert question.row == 2


def test_select_keeps_its_list_and_choices_in_order():
    form = form_from_markdown(YN_FORM)
    question = form.question("co")
    assert question.list_name == "yn"
    assert [c.name for c in question.choices] == ["y", "n"]
    assert question.choices[0].labels == {"": "Có"}


YN_FORM = """
| survey |
|        | type          | name | label |
|        | select_one yn | co   | Có?   |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
|         | yn        | n    | Không |
"""


# --- or_other -------------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["select_one yn or_other", "select_multiple yn or_other",
                                      "select one from yn or specify other"])
def test_or_other_keeps_the_specify_question_after_its_select(spelling):
    form = form_from_markdown(f"""
| survey |
|        | type       | name | label |
|        | text       | a    | A     |
|        | {spelling} | loai | Loại  |
|        | text       | b    | B     |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    assert [q.key for q in form.questions()] == ["a", "loai", "loai_other", "b"]
    select, other = form.question("loai"), form.question("loai_other")
    assert select.or_other and not other.or_other
    assert [c.name for c in select.choices] == ["y", "other"]
    assert other.type == "text"
    assert other.relevant == "selected(${loai}, 'other')"
    assert other.row == select.row == 3


# --- required, read_only and the other columns ----------------------------------------------------

@pytest.mark.parametrize("written, expected", [
    ("yes", "true()"), ("Yes", "true()"), ("TRUE", "true()"), ("true", "true()"),
    ("true()", "true()"), ("no", None), ("false", None), ("FALSE", None), ("false()", None),
    ("", None), ("${a} > 1", "${a} > 1"),
])
def test_required_and_read_only_are_normalised(written, expected):
    form = form_from_markdown(f"""
| survey |
|        | type    | name | label | required  | read_only |
|        | integer | a    | A     |           |           |
|        | text    | b    | B     | {written} | {written} |
""")
    assert form.question("b").required == expected
    assert form.question("b").read_only == expected


def test_every_column_reaches_the_question():
    form = form_from_markdown("""
| survey |
|   | type      | name | label | hint | relevant | constraint | constraint_message | calculation |
|   | integer   | a    | A     | hA   | 1 = 1    | . > 0      | phải dương         |             |
|   | calculate | c    |       |      |          |            |                    | ${a} * 2    |
""")
    flags = form_from_markdown("""
| survey |
|        | type    | name | label | required | required_message | default | appearance    |
|        | integer | a    | A     | yes      | bắt buộc         | 5       | thousands-sep |
""").question("a")
    a = form.question("a")
    assert (a.labels, a.hints) == ({"": "A"}, {"": "hA"})
    assert (a.relevant, a.constraint) == ("1 = 1", ". > 0")
    assert a.constraint_messages == {"": "phải dương"}
    assert form.question("c").calculation == "${a} * 2"
    assert (flags.required, flags.required_messages, flags.default) == (
        "true()", {"": "bắt buộc"}, "5")
    assert flags.appearance == "thousands-sep"


def test_parameters_are_read_for_every_type():
    form = form_from_markdown("""
| survey |
|        | type  | name | label | parameters            |
|        | image | p    | Ảnh   | max-pixels=1024       |
|        | range | r    | Mức   | start=0 end=10 step=2 |
""")
    assert form.question("p").parameters == {"max-pixels": "1024"}
    assert form.question("r").parameters == {"start": "0", "end": "10", "step": "2"}
    assert not any(f.severity == "unsupported" for f in form.findings)


def test_range_tick_labels_are_named_as_unsupported():
    form = form_from_markdown("""
| survey |
|        | type  | name | label | parameters                                         |
|        | range | r    | Mức   | start=0 end=10 step=5 tick_interval=5 tick_labelset=muc |
| choices |
|         | list_name | name | label |
|         | muc       | 0    | Thấp  |
|         | muc       | 10   | Cao   |
""")
    assert form.question("r").type == "range"
    assert [(f.row, f.column, f.severity) for f in form.findings if "tick_labelset" in f.message] \
        == [(2, "parameters", "unsupported")]


# --- languages ------------------------------------------------------------------------------------

TWO_LANGUAGES = """
| survey |
|        | type          | name | label::Tiếng Việt (vi) | label::English (en) | hint  |
|        | select_one yn | co   | Có không?              | Yes or no?          | gợi ý |
| choices |
|         | list_name | name | label::vi | label::English |
|         | yn        | y    | Có        | Yes            |
"""


def test_languages_come_in_column_order_and_choice_spellings_match_them():
    form = form_from_markdown(TWO_LANGUAGES)
    assert form.languages == ("Tiếng Việt (vi)", "English (en)")
    assert form.default_language == "Tiếng Việt (vi)"     # no setting: the first language
    question = form.question("co")
    assert question.labels == {"Tiếng Việt (vi)": "Có không?", "English (en)": "Yes or no?"}
    assert question.choices[0].labels == {"Tiếng Việt (vi)": "Có", "English (en)": "Yes"}
    assert question.hints == {"": "gợi ý"}                 # no language column: key ""
    assert form.text(question.hints, "English (en)") == "gợi ý"


def test_default_language_setting_is_matched_to_the_form_spelling():
    form = form_from_markdown(TWO_LANGUAGES + """
| settings |
|          | default_language |
|          | English          |
""")
    assert form.default_language == "English (en)"


def test_a_default_language_that_is_no_language_of_the_form_is_a_warning():
    form = form_from_markdown(TWO_LANGUAGES + """
| settings |
|          | default_language |
|          | Français (fr)    |
""")
    assert form.default_language == "Tiếng Việt (vi)"
    assert any(f.column == "default_language" and f.severity == "warning" for f in form.findings)


def test_a_form_without_language_columns_uses_the_empty_key():
    form = form_from_markdown(YN_FORM + """
| settings |
|          | default_language |
|          | English (en)     |
""")
    assert (form.default_language, form.languages) == ("", ("",))
    assert form.question("co").labels == {"": "Có?"}


# --- groups, repeats and keys ---------------------------------------------------------------------

NESTED = """
| survey |
|        | type         | name   | label       | repeat_count | relevant |
|        | integer      | n      | Bao nhiêu   |              |          |
|        | begin_group  | g      | Nhóm        |              | ${n} > 0 |
|        | begin_repeat | outer  | Ngoài       | ${n} + 1     |          |
|        | text         | ten    | Tên         |              |          |
|        | begin_repeat | inner  | Trong       | ${n}         |          |
|        | integer      | so     | Số          |              |          |
|        | end_repeat   |        |             |              |          |
|        | end_repeat   |        |             |              |          |
|        | end_group    |        |             |              |          |
|        | text         | sau    | Sau         |              |          |
"""


def test_nested_repeats_keep_their_counts_and_their_place():
    form = form_from_markdown(NESTED)
    group = form.children[1]
    assert isinstance(group, Group) and not group.is_repeat and group.relevant == "${n} > 0"
    outer = group.children[0]
    inner = outer.children[1]
    assert (outer.key, outer.is_repeat, outer.repeat_count, outer.repeat) == (
        "outer", True, "${n} + 1", None)
    assert (inner.key, inner.repeat_count, inner.repeat, inner.row) == ("inner", "${n}", "outer", 6)
    so = form.question("so")
    assert (so.group_path, so.repeat, so.row) == (("g", "outer", "inner"), "inner", 7)
    assert form.question("ten").repeat == "outer"
    assert form.question("sau").repeat is None
    assert [q.key for q in form.questions()] == ["n", "ten", "so", "sau"]   # no outer_count
    assert [r.key for r in form.repeats()] == ["outer", "inner"]


def test_a_name_used_twice_is_keyed_by_its_group_path():
    form = form_from_markdown("""
| survey |
|        | type        | name | label |
|        | text        | ten  | Tên   |
|        | begin_group | a    | A     |
|        | text        | ten  | Tên A |
|        | end_group   |      |       |
|        | begin_group | b    | B     |
|        | text        | ten  | Tên B |
|        | text        | khac | Khác  |
|        | end_group   |      |       |
""")
    assert [q.key for q in form.questions()] == ["ten", "a/ten", "b/ten", "khac"]


def test_table_list_group_keeps_its_label_and_appearance():
    form = form_from_markdown("""
| survey |
|        | type          | name | label   | appearance |
|        | begin_group   | t    | Bảng    | table-list |
|        | select_one yn | a    | A       |            |
|        | select_one yn | b    | B       |            |
|        | end_group     |      |         |            |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    group = form.children[0]
    assert group.labels == {"": "Bảng"}
    assert group.appearance.startswith("table-list")
    assert [q.key for q in form.questions()] == ["a", "b"]
    assert form.question("a").appearance == ""


def test_metadata_stays_as_questions_and_the_hidden_meta_group_goes():
    form = form_from_markdown("""
| survey |
|        | type     | name     | label |
|        | start    | start    |       |
|        | end      | end      |       |
|        | today    | today    |       |
|        | deviceid | deviceid |       |
|        | username | username |       |
|        | text     | a        | A     |
""")
    assert [(q.key, q.type) for q in form.questions()] == [
        ("start", "start"), ("end", "end"), ("today", "today"), ("deviceid", "deviceid"),
        ("username", "username"), ("a", "text")]
    assert not any(isinstance(n, Group) for n in form.walk())


# --- choice filters -------------------------------------------------------------------------------

def test_choices_carry_their_other_columns_for_choice_filters():
    form = form_from_markdown("""
| survey |
|        | type            | name  | label | choice_filter        |
|        | select_one tinh | tinh  | Tỉnh  |                      |
|        | select_one xa   | xa    | Xã    | tinh_ma = ${tinh}    |
| choices |
|         | list_name | name | label     | tinh_ma | ma_so |
|         | tinh      | hn   | Hà Nội    |         |       |
|         | xa        | bd   | Ba Đình   | hn      | 00001 |
|         | xa        | hk   | Hoàn Kiếm | hn      | 00070 |
""")
    xa = form.question("xa")
    assert xa.choice_filter == "tinh_ma = ${tinh}"
    assert [dict(c.filters) for c in xa.choices] == [
        {"tinh_ma": "hn", "ma_so": "00001"}, {"tinh_ma": "hn", "ma_so": "00070"}]
    assert form.question("tinh").choices[0].filters == {}


# --- findings -------------------------------------------------------------------------------------

# What the types Surveyor now answers or collects as nothing become: tests/test_form_features.py.
@pytest.mark.parametrize("written, named", [("select_one ${a}", "${a}")])
def test_an_unsupported_type_is_a_finding_naming_its_row_and_type(written, named):
    name = "q" if "external" not in written else "data"
    form = form_from_markdown(f"""
| survey |
|        | type      | name   | label |
|        | text      | a      | A     |
|        | {written} | {name} | Q     |
|        | text      | b      | B     |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    assert [q.key for q in form.questions()] == ["a", "b"]
    found = [f for f in form.findings if f.severity == "unsupported"]
    assert [(f.sheet, f.row, f.column) for f in found] == [("survey", 3, "type")]
    assert f"'{named}'" in found[0].message and f"'{name}'" in found[0].message


def test_a_loop_is_left_out_with_its_questions_as_one_finding():
    form = form_from_markdown("""
| survey |
|        | type               | name | label |
|        | text               | a    | A     |
|        | begin_loop over yn | lap  | L     |
|        | text               | b    | B     |
|        | end_loop           |      |       |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    assert [q.key for q in form.questions()] == ["a"]
    assert [(f.row, f.severity) for f in form.findings if "loop" in f.message] == [
        (3, "unsupported")]


def test_audit_is_an_info_finding_though_pyxform_moves_it_into_meta():
    form = form_from_markdown("""
| survey |
|        | type  | name  | label |
|        | audit | audit |       |
|        | text  | a     | A     |
""")
    assert [q.key for q in form.questions()] == ["a"]
    assert [(f.row, f.severity) for f in form.findings if "audit" in f.message] == [
        (2, "info")]


def test_columns_surveyor_ignores_are_named():
    form = form_from_markdown("""
| survey |
|   | type     | name | label | trigger | media::image | body::accuracyThreshold | audio | ghi_chu |
|   | integer  | a    | A     |         | a.png        |                         |       | xem lại |
|   | text     | b    | B     | ${a}    |              |                         |       |         |
|   | geopoint | g    | G     |         |              | 5                       |       |         |
""")
    by_column = {f.column: f for f in form.findings if f.sheet == "survey" and f.column}
    assert by_column["trigger"].severity == "warning"      # answering works; it recalculates
    assert "row 3" in by_column["trigger"].message
    assert by_column["image"].severity == "warning"        # media: the file a.png is not there
    assert "a.png" in by_column["image"].message
    assert by_column["body::accuracyThreshold"].severity == "info"
    assert by_column["ghi_chu"].severity == "info"         # not an XLSForm column at all
    assert "audio" not in by_column                        # an empty media column: nothing


def test_an_empty_media_column_in_a_workbook_is_no_finding(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", {"survey": [
        ["type", "name", "label", "image::English"], ["text", "a", "A", ""]]})
    assert [f for f in read_xlsform(path).findings if f.severity != "info"] == []


def test_an_entities_sheet_with_rows_is_an_info_finding():
    form = form_from_markdown("""
| survey |
|        | type | name | label | save_to |
|        | text | a    | A     | ten     |
| entities |
|          | list_name | label |
|          | people    | ${a}  |
""")
    sheets = {f.sheet for f in form.findings if f.severity == "info"}
    assert "entities" in sheets and not any(f.severity == "unsupported" for f in form.findings)


def test_pyxform_warnings_become_warning_findings_with_their_row():
    form = form_from_markdown("""
| survey |
|        | type         | name | label |
|        | begin_repeat | r    |       |
|        | text         | a    | A     |
|        | end_repeat   |      |       |
""")
    found = [f for f in form.findings if f.severity == "warning"]
    assert any(f.row == 2 and "no label" in f.message for f in found)
    assert all("_surveyor_row" not in f.message for f in form.findings)


def test_legacy_constraint_msg_column_is_read_as_the_constraint_message():
    form = form_from_markdown("""
| survey |
|        | type    | name | label | constraint | constraint-msg |
|        | integer | a    | A     | . > 0      | phải dương     |
""")
    assert form.question("a").constraint_messages == {"": "phải dương"}
    assert [f.severity for f in form.findings if f.column == "constraint-msg"] == ["info"]


# --- files and errors -----------------------------------------------------------------------------

def test_a_workbook_gives_form_id_version_title_and_rows(tmp_path):
    path = write_xlsx(tmp_path / "co_so.xlsx", {
        "survey": [["type", "name", "label"], ["text", "ten", "Tên"], [], ["integer", "so", "Số"]],
        "settings": [["form_title", "form_id", "version"],
                     ["Cơ sở", "co_so_san_xuat", "2025010101"]],
    })
    form = read_xlsform(path)
    assert (form.form_id, form.version, form.title) == ("co_so_san_xuat", "2025010101", "Cơ sở")
    assert [q.row for q in form.questions()] == [2, 4]      # blank rows still count
    assert form.source == str(path)


def test_without_settings_the_file_name_is_the_form_id_and_version_is_empty(tmp_path):
    form = read_xlsform(write_xlsx(tmp_path / "cho_truyen_thong.xlsx", SMALL_FORM))
    assert (form.form_id, form.version) == ("cho_truyen_thong", "")


def test_markdown_file_reads_like_a_workbook(tmp_path):
    path = tmp_path / "nho.md"
    path.write_text(YN_FORM, encoding="utf-8")
    assert read_xlsform(path).form_id == "nho"


def _truncated(tmp_path: Path) -> Path:
    whole = write_xlsx(tmp_path / "whole.xlsx", SMALL_FORM).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _text_renamed(tmp_path: Path) -> Path:
    path = tmp_path / "notes.xlsx"
    path.write_text("type,name,label\ntext,a,A\n", encoding="utf-8")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _zip_not_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path


def _wrong_suffix(tmp_path: Path) -> Path:
    path = tmp_path / "form.txt"
    path.write_text("| survey |\n| | type | name |\n| | text | a |\n", encoding="utf-8")
    return path


def _no_survey_sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "nosurvey.xlsx", {"choices": [["list_name", "name"], ["a", "b"]],
                                                   "settings": [["form_id"], ["x"]]})


@pytest.mark.parametrize("make", [_truncated, _text_renamed, _empty, _zip_not_workbook,
                                  _wrong_suffix, _no_survey_sheet])
def test_an_unreadable_file_is_refused_naming_the_file(tmp_path, make):
    path = make(tmp_path)
    with pytest.raises(SurveyError) as caught:
        read_xlsform(path)
    assert caught.value.problem in (Problem.FORM_UNREADABLE, Problem.FORM_INVALID)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(SurveyError) as caught:
        read_xlsform(tmp_path / "nothing.xlsx")
    assert caught.value.problem is Problem.FILE_NOT_FOUND


@pytest.mark.parametrize("md, words", [
    ("| survey |\n| | type | name | label |\n| | begin_group | g | G |\n| | text | a | A |\n",
     "row"),
    ("| survey |\n| | type | name | label |\n| | texte | a | A |\n", "texte"),
    ("| survey |\n| | type | name | label |\n| | text | a b | A |\n", "[row : 2]"),
    ("| survey |\n| | type | name | label |\n| | select_one nope | a | A |\n", "choices sheet"),
    ("| survey |\n| | type | name | label | relevant |\n| | text | a | A | ${zz} |\n", "zz"),
    ("not a table at all", "md"),
])
def test_a_form_pyxform_refuses_passes_its_message_through(md, words):
    with pytest.raises(SurveyError) as caught:
        form_from_markdown(md, name="hong")
    assert caught.value.problem in (Problem.FORM_INVALID, Problem.FORM_UNREADABLE)
    message = str(caught.value)
    assert message.startswith("hong: ") and words in message
    assert "_surveyor_row" not in message


# --- folders --------------------------------------------------------------------------------------

def test_load_forms_keys_each_form_by_id_and_version_and_skips_lock_files(tmp_path):
    for stem, version in (("a", "1"), ("b", "2")):
        write_xlsx(tmp_path / f"{stem}.xlsx", {**SMALL_FORM, "settings": [["version"], [version]]})
    (tmp_path / "~$a.xlsx").write_bytes(b"lock")
    (tmp_path / "notes.txt").write_text("x")
    assert sorted(load_forms(tmp_path)) == [("a", "1"), ("b", "2")]


def test_load_forms_raises_on_a_bad_form_or_collects_it_when_asked(tmp_path):
    write_xlsx(tmp_path / "good.xlsx", SMALL_FORM)
    _empty(tmp_path)
    with pytest.raises(SurveyError):
        load_forms(tmp_path)
    problems: list[SurveyError] = []
    assert list(load_forms(tmp_path, problems)) == [("good", "")]
    assert [p.context["file"] for p in problems] == [str(tmp_path / "empty.xlsx")]


def test_load_forms_refuses_a_second_copy_of_the_same_form_version(tmp_path):
    settings = {"settings": [["form_id", "version"], ["x", "1"]]}
    write_xlsx(tmp_path / "one.xlsx", {**SMALL_FORM, **settings})
    write_xlsx(tmp_path / "two.xlsx", {**SMALL_FORM, **settings})
    problems: list[SurveyError] = []
    assert list(load_forms(tmp_path, problems)) == [("x", "1")]
    assert "one.xlsx" in str(problems[0]) and str(tmp_path / "two.xlsx") in str(problems[0])
