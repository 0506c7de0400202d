"""Public XLSForms written by other people (tests/forms/SOURCES.md, ../shared/fixtures/xlsforms):
each passes `form check` as usable, and what each exercises is read as ODK would have it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from surveyor.core.filling.live import LiveForm
from surveyor.core.forms.check import expression_findings, summarise
from surveyor.core.forms.xlsform import read_xlsform

FORMS = Path(__file__).parent / "forms"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "xlsforms"


def collected() -> list[str]:
    """The files the SOURCES table lists (the forms, not the CSVs beside them)."""
    text = (FORMS / "SOURCES.md").read_text("utf-8")
    names = re.findall(r"^\| (\S+\.xlsx?)(?: \+ \S+)? \|", text, re.MULTILINE)
    return names


def all_forms() -> list[Path]:
    shared = sorted(SHARED.glob("*.xlsx")) if SHARED.is_dir() else []
    return [FORMS / name for name in collected()] + shared


def test_every_collected_file_is_in_the_sources_table_with_its_licence():
    text = (FORMS / "SOURCES.md").read_text("utf-8")
    origins = " ".join(text.split("## Where each came from")[1].split())
    listed = set(collected())
    on_disk = {p.name for p in FORMS.iterdir() if p.suffix in (".xlsx", ".xls")}
    assert listed == on_disk and len(listed) >= 10
    for name in listed:
        row = next(line for line in text.splitlines() if line.startswith(f"| {name}"))
        licence = row.split("|")[3].strip()
        assert re.search(r"BSD|MIT|GPL|CC-BY|Apache", licence), name
        assert f"/{name}`" in origins or f"here `{name}`" in origins, f"{name}: its origin"


@pytest.mark.parametrize("path", all_forms(), ids=lambda p: p.name)
def test_each_real_form_is_usable_as_is(path):
    summary = summarise(path)
    assert summary.form is not None, summary.error
    blocking = [str(f) for f in summary.findings if f.severity in ("error", "unsupported")]
    assert blocking == [] and summary.usable
    assert summary.questions > 0


@pytest.mark.parametrize("path", all_forms(), ids=lambda p: p.name)
def test_each_real_form_reads_back_equal_from_the_cache(path, tmp_path):
    first = read_xlsform(path, tmp_path)                 # read by pyxform, then kept
    assert list(tmp_path.glob("*.json")) and read_xlsform(path, tmp_path) == first


def form(name: str):
    return read_xlsform(FORMS / name)


def severities(found, word: str) -> list[str]:
    return [f.severity for f in found.findings if word in str(f)]


def test_spec_test_answers_barcode_audio_and_video_and_names_its_missing_media():
    spec = form("xlsform_spec_test.xlsx")
    kinds = {q.key: q.type for q in spec.questions()}
    assert (kinds["barcode_test"], kinds["audio_test"], kinds["video_test"],
            kinds["uri_deviceid"]) == ("text", "audio", "video", "deviceid")
    for name in ("img_test.jpg", "audio_test.wav", "test.mov", "a.jpg"):
        assert severities(spec, name) == ["warning"], name
    assert severities(spec, "autoplay") == ["info"]


def test_attribute_columns_are_ignored_and_simserial_is_collected_as_nothing():
    found = form("attribute_columns_test.xlsx")
    assert set(severities(found, "bind::bindAttribute")) == {"info"}
    assert set(severities(found, "body::bodyAttribute")) == {"info"}
    assert severities(found, "simserial 'simserial'") == ["info"]
    assert "simserial" not in {q.key for q in found.questions()}


def test_pull_data_reads_fruits_csv_beside_it():
    pulled = form("pull_data.xlsx")
    assert [c.name for c in pulled.choice_lists["fruits"]] == [
        "Mango", "Orange", "Banana", "Papaya"]
    assert [c.filters["name_key"] for c in pulled.choice_lists["fruits"]] == [
        "mango", "orange", "banana", "papaya"]
    # pulldata('fruits', 'name', 'name', 'mango'): no row has "mango" in column name (it is
    # "Mango"; "mango" is in name_key), so JavaRosa gives "" as well
    assert LiveForm(pulled, {}).value("fruit") is None
    assert expression_findings(pulled) == []


def test_ucl_biomass_falls_back_to_typed_text_for_its_five_missing_csvs():
    ucl = form("UCL_Biomass_Plot_Form.xlsx")
    missing = sorted({f.message.split()[2] for f in ucl.findings if "is not beside" in f.message})
    assert missing == ["UCL_districts.csv", "UCL_regions.csv", "UCL_villages.csv",
                       "ULC_Biomass_Plots.csv", "species_names.csv"]
    assert ucl.question("region_id").type == "text"
    assert ("stems", "trees") in [(r.key, r.repeat) for r in ucl.repeats()]


def test_external_choices_cascade_in_the_flood_report_form():
    flood = form("external_choice_form_v2.xlsx")
    assert len(flood.question("kelurahan").choices) == 267
    state = LiveForm(flood, {"kota": "jakarta_barat", "kecamatan": "cengkareng"})
    shown = state.choices("kelurahan")
    assert shown and all(c.filters["kecamatan"] == "cengkareng" for c in shown)
    assert len(shown) < len(state.choices("kecamatan")) < 44


def test_subdistrict_tool_reads_5320_communities_and_its_arabic_default():
    tool = form("subdistrict_profiling_tool.xlsx")
    assert len(tool.question("community").choices) == 5320
    assert (tool.languages, tool.default_language) == (("English", "العربية"), "العربية")
    assert severities(tool, "default_language") == []          # "Arabic" names العربية


def test_childrens_survey_shows_a_missing_english_label_in_swahili():
    survey = form("childrens_survey_sw_missing_en_label.xlsx")
    question = survey.question("name")
    assert "english" not in question.labels
    assert survey.text(question.labels, "english") == "1. Jina lako ni?"


def test_osm_questions_take_an_attached_file():
    osm = form("osm.xlsx")
    assert {q.key: q.type for q in osm.questions()}["osm_road"] == "file"
    assert severities(osm, "osm sheet") == ["info"]


@pytest.mark.parametrize("name, questions, repeats", [
    ("reach_msna_2024_kobo_tool_v11.xlsx", 274, 4),
    ("lbn_msna_2022_kobo_tool.xlsx", 430, 1),
    ("cleaningtools_form.xlsx", 222, 0),
])
def test_needs_assessments_with_audit_are_usable_and_collect_no_audit(name, questions, repeats):
    assessment = form(name)
    assert (len(assessment.questions()), len(assessment.repeats())) == (questions, repeats)
    assert severities(assessment, "audit 'audit'") == ["info"]
    assert "audit" not in {q.type for q in assessment.questions()}


def test_lbn_msna_holds_its_5145_choices():
    lbn = form("lbn_msna_2022_kobo_tool.xlsx")
    assert sum(len(c) for c in lbn.choice_lists.values()) == 5145


def test_fieldtm_buildings_looks_features_up_in_a_missing_csv_without_errors():
    buildings = form("fieldtm_buildings.xlsx")
    assert buildings.question("feature").type == "text"          # features.csv is not here
    assert severities(buildings, "features.csv is not beside") == ["warning"]
    assert severities(buildings, "last-saved#building_material") == ["warning"]
    assert severities(buildings, "start-geopoint") == ["info"]
    assert buildings.default_language == "english(en)"
    state = LiveForm(buildings, {"feature": "w123"})
    assert state.value("xid") is None and state.errors == {}     # the lookup finds nothing


def test_widgets_xls_reads_the_old_excel_format():
    widgets = form("widgets.xls")
    kinds = {q.key: q.type for q in widgets.questions()}
    assert (kinds["my_barcode"], kinds["my_audio"], kinds["my_video"]) == ("text", "audio",
                                                                           "video")


def test_ghana_rank_is_filtered_by_the_answers_before_it():
    ghana = read_xlsform(SHARED / "ghana_community.xlsx") if SHARED.is_dir() else None
    if ghana is None:
        pytest.skip("shared fixtures not found")
    rank = ghana.question("c18_income_past_year_rank")
    assert rank.type == "rank" and rank.choice_filter
