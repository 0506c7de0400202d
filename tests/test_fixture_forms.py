"""Other people's XLSForms (../shared/fixtures/xlsforms, see its MANIFEST.md) all load."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from surveyor.core.filling.live import LiveForm
from surveyor.core.filling.validation import state_issues
from surveyor.core.forms.model import ALL_TYPES, Form, Group
from surveyor.core.forms.xlsform import read_xlsform

# file -> (form_id, version, questions, groups, repeats) as the manifest states them. Questions:
# survey rows without begin/end rows, plus or_other's generated "specify" questions (none of
# these forms has a question left out).
EXPECTED = {
    "ghana_community.xlsx": ("ghana_community_survey", "2022081103", 256 - 46, 23, 0),
    "odk_appearances.xlsx": ("appearance_widgets", "", 46 - 16, 8, 0),
    "kobo_md_notes.xlsx": ("MarkdownExamples", "", 45 - 30, 15, 0),
    "nested_repeats.xlsx": ("nested_repeats", "201211121234", 17 - 8, 2, 2),
    "enum_training.xlsx": ("enum_training", "", 13 + 2, 0, 0),
    "bd_admin_cascade.xlsx": ("form_188", "20260628", 7 - 2, 1, 0),
    "arabic_labels.xlsx": ("arabic_labels", "", 6, 0, 0),
    "fr_school_census.xlsx": ("recensement_etablissements_scolaires_24", "20240508231115", 6, 0, 0),
}


def manifest_files(folder: Path) -> list[str]:
    text = (folder / "MANIFEST.md").read_text("utf-8")
    return re.findall(r"^### (\S+\.xlsx)\s*$", text, re.MULTILINE)


@pytest.fixture
def load(xlsform_fixtures):
    return lambda name: read_xlsform(xlsform_fixtures / name)


def test_every_form_in_the_manifest_loads_as_the_manifest_says(xlsform_fixtures):
    names = manifest_files(xlsform_fixtures)
    assert sorted(names) == sorted(EXPECTED), "a fixture form without expectations here"
    for name in names:
        form = read_xlsform(xlsform_fixtures / name)
        form_id, version, questions, groups, repeats = EXPECTED[name]
        nodes = list(form.walk())
        assert (form.form_id, form.version) == (form_id, version), name
        assert len(form.questions()) == questions, name
        assert sum(isinstance(n, Group) and not n.is_repeat for n in nodes) == groups, name
        assert len(form.repeats()) == repeats, name
        assert all(q.type in ALL_TYPES and q.row for q in form.questions()), name
        assert len({q.key for q in form.questions()}) == questions, name   # keys are unique


def test_ghana_keeps_its_rank_question_and_matches_its_language(load):
    form: Form = load("ghana_community.xlsx")
    assert [f for f in form.findings if f.severity in ("error", "unsupported")] == []
    rank = next(q for q in form.questions() if q.row == 50)
    assert (rank.type, rank.key) == ("rank", "c18_income_past_year_rank") and rank.choices
    assert (form.languages, form.default_language) == (("English (en)",), "English (en)")
    assert sum(q.choice_filter is not None for q in form.questions()) == 5   # the rank's too
    assert sum(q.type == "select_multiple" for q in form.questions()) == 42
    assert not any(q.required_messages for q in form.questions())   # its columns are empty
    assert any(f.severity == "info" and "Some_other_language" in f.message
               for f in form.findings)                   # said once, with the fallback


def test_kobo_empty_media_columns_cost_nothing(load):
    form = load("kobo_md_notes.xlsx")
    named = {f.column for f in form.findings if f.sheet == "survey"}
    assert not {"image::english", "media::video"} & named     # empty: no file is missing
    assert all(isinstance(n, Group) for n in form.children)   # 15 pages of notes


def test_nested_repeats_nest(load):
    form = load("nested_repeats.xlsx")
    outer, inner = form.repeats()
    assert (outer.key, outer.repeat, outer.relevant) == ("kids_details", None, "${has_kids}='1'")
    assert (inner.key, inner.repeat) == ("kids_immunization", "kids_details")
    assert form.question("immunization_info").repeat == "kids_immunization"
    assert form.question("kids_name").type == "text"          # written `string`


def test_enum_training_or_other_and_its_specify_questions(load):
    form = load("enum_training.xlsx")
    assert [q.key for q in form.questions() if q.or_other] == ["favorite", "intake"]
    assert form.question("intake").type == "select_multiple"
    assert form.question("intake_other").relevant == "selected(${intake}, 'other')"
    assert form.question("favorite").relevant == "${ugali}='no'"   # bind:relevant header
    assert form.question("photo").type == "image"


def test_bd_cascade_choices_carry_their_filter_columns(load):
    form = load("bd_admin_cascade.xlsx")
    union = form.question("uni_")
    assert union.choice_filter == "upa_filter=${upa_}"
    assert sum(len(q.choices) for q in form.questions()) == 5588
    assert set(union.choices[0].filters) == {"upa_filter", "latitude", "longitude"}
    assert form.question("admin_area_location").read_only == "true()"
    assert (form.languages, form.default_language) == (("",), "")   # no label::lang columns


@pytest.mark.parametrize("answers, location", [
    ({}, None),
    ({"div_": "div_10"}, "22.437857 90.429207 0 0"),
    ({"div_": "div_10", "dis_": "dis_1004", "upa_": "upa_100409"}, "22.139779 90.276707 0 0"),
    ({"div_": "div_10", "dis_": "dis_1004", "upa_": "upa_100409", "uni_": "uni_100409020"},
     "22.134805 90.22748 0 0"),
])
def test_bd_cascade_looks_up_the_coordinates_of_the_deepest_choice(load, answers, location):
    form = load("bd_admin_cascade.xlsx")
    assert "instance('uni_')/root/item[name=${uni_}]/latitude" in form.question(
        "admin_area_location").calculation
    state = LiveForm(form, answers)
    assert state.value("admin_area_location") == location
    assert state.errors == {} and state_issues(state) == []


def test_bd_cascade_location_follows_a_change_of_union(load):
    state = LiveForm(load("bd_admin_cascade.xlsx"), {
        "div_": "div_10", "dis_": "dis_1004", "upa_": "upa_100409", "uni_": "uni_100409020"})
    other = next(c for c in state.choices("uni_") if c.name != "uni_100409020")
    changed = state.set("uni_", other.name)
    assert ("admin_area_location", ()) in changed
    assert state.value("admin_area_location") == (
        f"{other.filters['latitude']} {other.filters['longitude']} 0 0")


def test_arabic_labels_keep_both_languages(load):
    form = load("arabic_labels.xlsx")
    assert form.languages == ("English", "Arabic")
    assert form.question("name").labels["Arabic"] == "1. ما هو اسمك؟"
    assert form.question("has_children").choices[1].labels == {"English": "yes", "Arabic": "نعم"}


def test_fr_school_census_reads_its_constraint_message_and_accents(load):
    form = load("fr_school_census.xlsx")
    eleves = form.question("nombre_eleves")
    assert eleves.constraint_messages == {"": "La valeur doit être un nombre positif"}
    assert eleves.required == "true()"
    assert [c.name for c in form.question("niveaux_enseignes").choices][1] == "élémentaire"
    assert form.question("photo_etablissement").parameters == {"max-pixels": "1024"}
    assert not any(f.sheet == "entities" for f in form.findings)   # header row only


def test_odk_appearances_reads_the_legacy_constraint_message_column(load):
    form = load("odk_appearances.xlsx")
    with_messages = [q for q in form.questions() if q.constraint_messages]
    assert len(with_messages) == 2
    assert form.question("my_date_month_year").appearance == "month-year"
    assert [f.severity for f in form.findings if f.column == "constraint-msg"] == ["info"]
    assert [f for f in form.findings if f.severity == "unsupported"] == []
    missing = [f for f in form.findings if f.sheet == "choices" and f.column == "image"]
    assert missing and all(f.severity == "warning" and "is not beside the form" in f.message
                           for f in missing)      # the pictures of its choices are not there
