"""Forms from elsewhere, feature by feature (docs/contracts.md, "Forms from elsewhere"): each
written as a small markdown form, read through pyxform, with real files beside it in tmp_path."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from surveyor.core.filling.live import LiveForm
from surveyor.core.filling.session import Session
from surveyor.core.filling.validation import state_issues, type_ok
from surveyor.core.forms import cache as form_cache
from surveyor.core.forms.catalog import add_form
from surveyor.core.forms.check import cost, summarise
from surveyor.core.forms.xlsform import form_from_markdown, read_xlsform
from surveyor.terminal import summary_lines


def png(path: Path) -> Path:
    """A real 2x1 PNG file (red, blue), written by hand: no image library in the core."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2,
                                                                     0, 0, 0))
                     + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
    return path


def blocking(form) -> list:
    return [f for f in form.findings if f.severity in ("error", "unsupported")]


def findings_about(form, word: str) -> list:
    return [f for f in form.findings if word in str(f)]


# --- question types ---------------------------------------------------------------------------

TYPES = """
| survey |
|        | type             | name   | label  |
|        | audit            | audit  |        |
|        | barcode          | ma     | Mã     |
|        | audio            | am     | Ghi âm |
|        | video            | phim   | Phim   |
|        | file             | tep    | Tệp    |
|        | osm              | toa    | OSM    |
|        | geotrace         | duong  | Đường  |
|        | geoshape         | vung   | Vùng   |
|        | uri:deviceid     | may    |        |
|        | simserial        | sim    |        |
|        | start-geopoint   | noi    |        |
|        | background-audio | nen    |        |
"""


@pytest.mark.parametrize("key, kind", [
    ("ma", "text"), ("am", "audio"), ("phim", "video"), ("tep", "file"), ("toa", "file"),
    ("duong", "geotrace"), ("vung", "geoshape"), ("may", "deviceid"),
])
def test_each_type_is_a_question_of_the_type_it_is_answered_as(key, kind):
    assert form_from_markdown(TYPES).question(key).type == kind


@pytest.mark.parametrize("written, key", [
    ("audit", "audit"), ("simserial", "sim"), ("start-geopoint", "noi"),
    ("background-audio", "nen"),
])
def test_what_nobody_answers_is_collected_as_nothing_with_an_info_finding(written, key):
    form = form_from_markdown(TYPES)
    assert key not in {q.key for q in form.questions()}
    found = [f for f in form.findings if f.message.startswith(f"{written} '{key}'")]
    assert [(f.severity, f.column) for f in found] == [("info", "type")]
    assert "nothing to answer" in cost(found[0])
    assert blocking(form) == []


@pytest.mark.parametrize("kind, text, ok", [
    ("geotrace", "21.0 105.8; 21.1 105.9", True),
    ("geotrace", "21.0 105.8 10 5;21.1 105.9 12 5", True),
    ("geotrace", "21.0 105.8", False),                       # one point is no line
    ("geotrace", "21.0 105.8; 95 105.9", False),             # latitude out of range
    ("geoshape", "21 105; 21 106; 22 106; 21 105", True),    # closed, four points
    ("geoshape", "21 105; 21 106; 22 106; 22 105", False),   # not closed
    ("geoshape", "21 105; 21 106; 21 105", False),           # three points
])
def test_a_typed_line_or_shape_is_checked_like_odk_geo_text(kind, text, ok):
    assert type_ok(kind, text) is ok


def test_answers_of_the_new_types_are_saved_and_read_back(store):
    form = form_from_markdown(TYPES)
    session = Session.new(form, inspector="Lan", device="laptop-1")
    answers = {"ma": "8934567890123", "am": "ghi_am.m4a", "phim": "cho.mp4", "tep": "hd.pdf",
               "toa": "toa_nha.osm", "duong": "21.0 105.8; 21.1 105.9",
               "vung": "21 105; 21 106; 22 106; 21 105"}
    for key, value in answers.items():
        session.set(key, value)
    saved = session.finalise(store, who="Lan")
    assert saved.ok, saved.blockers
    stored = store.get(saved.response.uuid)
    assert {k: stored.answers[k] for k in answers} == answers
    assert stored.answers["may"] == "laptop-1"            # uri:deviceid is the device id


# --- rank -------------------------------------------------------------------------------------

RANK = """
| survey |
|        | type           | name    | label                 | required | choice_filter |
|        | select_one yn  | co_dien | Có điện?              |          |               |
|        | rank nguon     | thu_tu  | Xếp các nguồn thu nhập | yes      | ${co_dien} = 'yes' or name != 'dien' |
| choices |
|         | list_name | name   | label     |
|         | yn        | yes    | Có        |
|         | yn        | no     | Không     |
|         | nguon     | lua    | Lúa       |
|         | nguon     | dien   | Bán điện  |
|         | nguon     | ca     | Cá        |
"""


def test_a_rank_keeps_its_list_and_its_filter():
    question = form_from_markdown(RANK).question("thu_tu")
    assert (question.type, question.list_name) == ("rank", "nguon")
    assert [c.name for c in question.choices] == ["lua", "dien", "ca"]
    assert question.choice_filter is not None


@pytest.mark.parametrize("answers, kinds", [
    ({"co_dien": "no", "thu_tu": "ca lua"}, []),
    ({"co_dien": "yes", "thu_tu": "dien ca lua"}, []),
    ({"co_dien": "no", "thu_tu": "dien ca lua"}, ["choice"]),   # filtered out by its filter
    ({"co_dien": "no", "thu_tu": "ca tom"}, ["choice"]),        # not a choice at all
    ({"co_dien": "no"}, ["required"]),
])
def test_a_rank_answer_is_names_of_its_filtered_choices(answers, kinds):
    state = LiveForm(form_from_markdown(RANK), answers)
    assert [i.kind for i in state_issues(state)] == kinds


# --- media ------------------------------------------------------------------------------------

MEDIA = """
| survey |
|        | type          | name | label::English (en) | label::Tiếng Việt (vi) | image::English (en) | image::Tiếng Việt (vi) | audio | big-image | autoplay | body::accuracyThreshold | bind::odk:saveIncomplete |
|        | select_one yn | a    | Light on?           | Đèn sáng?              | lamp.png            | den.png                | hum.mp3 |         | audio    |                         | true                     |
|        | note          | n    | See                 | Xem                    | see.png             |                        |       | big.png   |          |                         |                          |
|        | geopoint      | g    | Where               | Ở đâu                  |                     |                        |       |           |          | 5                       |                          |
| choices |
|         | list_name | name | label::English (en) | label::Tiếng Việt (vi) | image::English (en) |
|         | yn        | yes  | Yes                 | Có                     | yes.png             |
|         | yn        | no   | No                  | Không                  | missing.png         |
"""


def test_media_beside_the_form_are_found_and_missing_ones_are_warnings(tmp_path):
    png(tmp_path / "lamp.png")
    png(tmp_path / "YES.png")                               # Windows ignores the case; so do we
    form = form_from_markdown(MEDIA, folder=tmp_path)
    question = form.question("a")
    assert question.media["image"] == {"English (en)": str(tmp_path / "lamp.png")}
    assert form.question("a").choices[0].media["image"] == {
        "English (en)": str(tmp_path / "YES.png")}
    assert form.question("a").choices[1].media == {}
    missing = {f.message.split(" file ")[1].split(" ")[0]: f for f in form.findings
               if "is not beside the form" in f.message}
    assert sorted(missing) == ["big.png", "den.png", "hum.mp3", "missing.png", "see.png"]
    assert all(f.severity == "warning" for f in missing.values())
    assert "not played" in cost(missing["hum.mp3"]) and "not shown" in cost(missing["den.png"])
    assert (missing["den.png"].sheet, missing["den.png"].row) == ("survey", 2)
    assert missing["missing.png"].sheet == "choices"
    assert blocking(form) == [] and summarise_markdown_usable(form)


def summarise_markdown_usable(form) -> bool:
    return not any(f.severity in ("error", "unsupported") for f in form.findings)


def test_body_and_bind_attributes_are_ignored_with_an_info_finding(tmp_path):
    form = form_from_markdown(MEDIA, folder=tmp_path)
    by_column = {f.column: f for f in form.findings if f.sheet == "survey" and f.column}
    for column in ("autoplay", "body::accuracyThreshold", "bind::odk:saveIncomplete"):
        assert by_column[column].severity == "info", column
        assert "ignored" in by_column[column].message


def test_files_a_form_names_are_listed_on_it():
    form = form_from_markdown(MEDIA)
    assert set(form.files) == {"lamp.png", "den.png", "hum.mp3", "see.png", "big.png",
                               "yes.png", "missing.png"}


# --- choices from elsewhere -------------------------------------------------------------------

EXTERNAL = """
| survey |
|        | type                     | name  | label  | choice_filter    |
|        | select_one tinh          | tinh  | Tỉnh   |                  |
|        | select_one_external xa   | xa    | Xã     | tinh = ${tinh}   |
| choices |
|         | list_name | name | label   |
|         | tinh      | hn   | Hà Nội  |
|         | tinh      | hp   | Hải Phòng |
| external_choices |
|         | list_name | name      | label::Tiếng Việt (vi) | tinh |
|         | xa        | bat_trang | Bát Tràng              | hn   |
|         | xa        | kim_lan   | Kim Lan                | hn   |
|         | xa        | an_lu     | An Lư                  | hp   |
"""


def test_select_one_external_takes_its_choices_from_the_external_choices_sheet():
    form = form_from_markdown(EXTERNAL)
    xa = form.question("xa")
    assert (xa.type, [c.name for c in xa.choices]) == ("select_one", ["bat_trang", "kim_lan",
                                                                      "an_lu"])
    assert xa.choices[0].filters == {"tinh": "hn"}
    assert xa.choices[0].labels == {"Tiếng Việt (vi)": "Bát Tràng"}
    assert blocking(form) == []


@pytest.mark.parametrize("tinh, shown", [("hn", ["bat_trang", "kim_lan"]), ("hp", ["an_lu"]),
                                         (None, [])])
def test_a_choice_filter_works_over_external_choices(tinh, shown):
    state = LiveForm(form_from_markdown(EXTERNAL), {"tinh": tinh} if tinh else {})
    assert [c.name for c in state.choices("xa")] == shown


FROM_FILE = """
| survey |
|        | type                                  | name  | label | choice_filter        | parameters              | calculation |
|        | select_one_from_file phuong.csv       | ph    | Phường |                     |                         |             |
|        | select_one_from_file cho.csv          | cho   | Chợ   | phuong = ${ph}       |                         |             |
|        | select_multiple_from_file hang.xml    | hang  | Hàng  |                      |                         |             |
|        | select_one_from_file cay.geojson      | cay   | Cây   |                      |                         |             |
|        | select_one_from_file phuong.csv       | ma    | Mã    |                      | value=ma label=ten_ngan |             |
|        | calculate                             | toa   |       |                      |                         | instance('cay')/root/item[id=${cay}]/geometry |
|        | calculate                             | dan   |       |                      |                         | instance('phuong')/root/item[name=${ph}]/dan_so |
"""


def write_files(folder: Path) -> None:
    (folder / "phuong.csv").write_text(
        "name,label::Tiếng Việt (vi),label::English (en),ma,ten_ngan,dan_so\n"
        "hoan_kiem,Hoàn Kiếm,Hoan Kiem,P01,HK,141687\n"
        "ba_dinh,Ba Đình,Ba Dinh,P02,BĐ,221893\n", encoding="utf-8-sig")
    (folder / "cho.csv").write_text("name;label;phuong\ndong_xuan;Chợ Đồng Xuân;hoan_kiem\n"
                                    "hom;Chợ Hôm;hoan_kiem\nngoc_ha;Chợ Ngọc Hà;ba_dinh\n",
                                    encoding="utf-8")
    (folder / "hang.xml").write_text(
        "<root><item><name>vai</name><label>Vải</label></item>"
        "<item><name>gom</name><label>Gốm</label></item></root>", encoding="utf-8")
    (folder / "cay.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "c1", "properties": {"title": "Cây sưa", "tuoi": 80},
         "geometry": {"type": "Point", "coordinates": [105.85, 21.03]}},
        {"type": "Feature", "id": "c2", "properties": {"title": "Cây đa"},
         "geometry": {"type": "LineString", "coordinates": [[105.8, 21.0], [105.9, 21.1, 12]]}},
    ]}), encoding="utf-8")


def test_choices_come_from_csv_xml_and_geojson_files_beside_the_form(tmp_path):
    write_files(tmp_path)
    form = form_from_markdown(FROM_FILE, folder=tmp_path)
    ph, hang, cay = form.question("ph"), form.question("hang"), form.question("cay")
    assert [(c.name, c.labels) for c in ph.choices] == [
        ("hoan_kiem", {"Tiếng Việt (vi)": "Hoàn Kiếm", "English (en)": "Hoan Kiem"}),
        ("ba_dinh", {"Tiếng Việt (vi)": "Ba Đình", "English (en)": "Ba Dinh"})]
    assert (hang.type, [c.name for c in hang.choices]) == ("select_multiple", ["vai", "gom"])
    assert [(c.name, c.labels, c.filters["geometry"]) for c in cay.choices] == [
        ("c1", {"": "Cây sưa"}, "21.03 105.85 0 0"),
        ("c2", {"": "Cây đa"}, "21 105.8 0 0; 21.1 105.9 12 0")]
    assert [(c.name, c.labels) for c in form.question("ma").choices] == [
        ("P01", {"": "HK"}), ("P02", {"": "BĐ"})]          # value= and label= parameters
    assert blocking(form) == [] and set(form.files) >= {"phuong.csv", "cho.csv", "hang.xml"}


@pytest.mark.parametrize("answers, markets, where, people", [
    ({"ph": "hoan_kiem"}, ["dong_xuan", "hom"], "", "141687"),
    ({"ph": "ba_dinh", "cay": "c1"}, ["ngoc_ha"], "21.03 105.85 0 0", "221893"),
    ({"cay": "c2"}, [], "21 105.8 0 0; 21.1 105.9 12 0", ""),
])
def test_filters_and_lookups_read_the_columns_of_those_files(tmp_path, answers, markets, where,
                                                               people):
    write_files(tmp_path)
    state = LiveForm(form_from_markdown(FROM_FILE, folder=tmp_path), answers)
    assert [c.name for c in state.choices("cho")] == markets
    assert (state.value("toa") or "", str(state.value("dan") or "")) == (where, people)
    assert state.errors == {}


def test_a_missing_file_is_a_warning_naming_it_and_its_question_takes_typed_text(tmp_path):
    form = form_from_markdown(FROM_FILE, folder=tmp_path)
    missing = findings_about(form, "cho.csv")
    assert [(f.severity, f.row, f.column) for f in missing] == [("warning", 3, "type")]
    assert "cho.csv is not beside the form" in missing[0].message
    assert "typed text" in cost(missing[0])
    assert form.question("cho").type == "text" and form.question("cho").choices == ()
    assert blocking(form) == []
    state = LiveForm(form, {"cho": "Chợ Đồng Xuân", "ph": "hoan_kiem"})
    assert state_issues(state) == [] and state.value("dan") is None


def test_an_unreadable_file_is_a_warning_saying_why(tmp_path):
    write_files(tmp_path)
    (tmp_path / "hang.xml").write_text("<root><item>", encoding="utf-8")
    form = form_from_markdown(FROM_FILE, folder=tmp_path)
    found = findings_about(form, "hang.xml")
    assert [f.severity for f in found] == ["warning"] and "ParseError" in found[0].message
    assert form.question("hang").type == "text"


# --- pulldata ---------------------------------------------------------------------------------

PULLDATA = """
| survey |
|        | type      | name   | label   | calculation                                      |
|        | text      | ma     | Mã số thuế |                                               |
|        | calculate | ten    |         | pulldata('doanh_nghiep', 'ten', 'ma_so', ${ma})  |
|        | calculate | nganh  |         | pulldata('doanh_nghiep', 'nganh', 'ma_so', ${ma}) |
|        | note      | xem    | ${ten} ({nganh}) |                                          |
"""


@pytest.mark.parametrize("code, name, trade", [
    ("0101234567", "Gốm Bát Tràng", "gom"),
    ("0107654321", "Dệt Vạn Phúc", "det"),
    ("0100000000", None, None),                          # no such row: empty
    ("0101234567 ", None, None),                         # keys compare as written
])
def test_pulldata_reads_a_column_of_the_first_matching_row_of_a_csv_beside_the_form(
        tmp_path, code, name, trade):
    (tmp_path / "doanh_nghiep.csv").write_text(
        "ma_so,ten,nganh\n0101234567,Gốm Bát Tràng,gom\n0107654321,Dệt Vạn Phúc,det\n"
        "0101234567,Second row with the same key,khac\n", encoding="utf-8")
    form = form_from_markdown(PULLDATA, folder=tmp_path)
    assert blocking(form) == [] and summarise_clean(form)
    state = LiveForm(form, {"ma": code})
    assert (state.value("ten"), state.value("nganh")) == (name, trade)


def summarise_clean(form) -> bool:
    from surveyor.core.forms.check import expression_findings
    return expression_findings(form) == []


def test_pulldata_from_a_missing_csv_is_a_warning_and_gives_empty_answers():
    form = form_from_markdown(PULLDATA)
    found = findings_about(form, "doanh_nghiep.csv")
    assert [f.severity for f in found] == ["warning"] and "empty answers" in cost(found[0])
    assert LiveForm(form, {"ma": "0101234567"}).value("ten") is None


def test_csv_external_makes_a_csv_a_list_for_lookups(tmp_path):
    (tmp_path / "gia.csv").write_text("name,label,gia\nlua,Lúa,7000\nngo,Ngô,5500\n", "utf-8")
    form = form_from_markdown("""
| survey |
|        | type             | name  | label | calculation |
|        | csv-external     | gia   |       |             |
|        | select_one hang  | hang  | Hàng  |             |
|        | calculate        | don_gia |     | instance('gia')/root/item[name=${hang}]/gia |
| choices |
|         | list_name | name | label |
|         | hang      | lua  | Lúa   |
|         | hang      | ngo  | Ngô   |
""", folder=tmp_path)
    assert blocking(form) == [] and summarise_clean(form)
    assert LiveForm(form, {"hang": "ngo"}).value("don_gia") == "5500"   # data are text


# --- languages --------------------------------------------------------------------------------

def test_a_language_header_without_a_space_is_the_same_language():
    form = form_from_markdown("""
| survey |
|        | type | name | label::English(en) | hint::English (en) | label::Tiếng Việt(vi) |
|        | text | a    | Name               | As written         | Tên                   |
| settings |
|          | default_language |
|          | English (en)     |
""")
    assert form.languages == ("English(en)", "Tiếng Việt(vi)")
    assert form.default_language == "English(en)"
    assert form.question("a").hints == {"English(en)": "As written"}


def test_a_language_missing_on_some_columns_falls_back_and_is_said_once():
    form = form_from_markdown("""
| survey |
|        | type | name | label::English (en) | label::Tiếng Việt (vi) | hint::English (en) | constraint | constraint_message::English (en) |
|        | integer | a | Age                | Tuổi                   | In years           | . < 130    | Too old                           |
""")
    found = [f for f in form.findings if "lack some columns" in f.message]
    assert len(found) == 1 and found[0].severity == "info"
    assert "Tiếng Việt (vi): survey " in found[0].message and "hint" in found[0].message
    assert form.text(form.question("a").hints, "Tiếng Việt (vi)") == "In years"
    assert "English (en)" in cost(found[0])


@pytest.mark.parametrize("setting, default, warned", [
    ("Tiếng Việt (vi)", "Tiếng Việt (vi)", False),
    ("vi", "Tiếng Việt (vi)", False),
    ("Vietnamese", "Tiếng Việt (vi)", False),
    ("French", "English (en)", True),                    # no such column: the first, said once
])
def test_default_language_names_a_column_or_falls_back_to_the_first(setting, default, warned):
    form = form_from_markdown(f"""
| survey |
|        | type | name | label::English (en) | label::Tiếng Việt (vi) |
|        | text | a    | Name                | Tên                    |
| settings |
|          | default_language |
|          | {setting}        |
""")
    assert form.default_language == default
    found = [f for f in form.findings if f.column == "default_language"]
    assert len(found) == int(warned)
    if warned:
        assert found[0].severity == "warning" and "English (en)" in cost(found[0])


def test_a_default_from_the_last_saved_response_is_a_warning_and_starts_empty():
    form = form_from_markdown("""
| survey |
|        | type | name | label | default |
|        | text | a    | A     | ${last-saved#a} |
""")
    assert form.question("a").default is None
    assert [f.severity for f in findings_about(form, "last saved")] == ["warning"]
    assert blocking(form) == []


# --- what form check says ---------------------------------------------------------------------

def write_md(folder: Path, name: str, md: str) -> Path:
    path = folder / name
    path.write_text(md, encoding="utf-8")
    return path


def test_form_check_says_what_each_finding_costs_and_usable_means_every_question_answers(
        tmp_path):
    path = write_md(tmp_path, "media.md", MEDIA)
    summary = summarise(path)
    assert summary.usable
    lines = summary_lines(summary)
    costs = [line for line in lines if line.startswith("      costs: ")]
    assert len(costs) == len(summary.findings) > 0
    assert lines[-1] == "  usable as is: every question can be answered"
    severities = [f.severity for f in summary.findings]
    assert severities == sorted(severities, key=("error", "unsupported", "warning",
                                                 "info").index)


def test_a_question_left_out_makes_the_form_not_usable(tmp_path):
    path = write_md(tmp_path, "repeat_choices.md", """
| survey |
|        | type         | name | label |
|        | begin_repeat | r    | R     |
|        | text         | ten  | Tên   |
|        | end_repeat   |      |       |
|        | select_one ${ten} | ai | Ai |
""")
    summary = summarise(path)
    assert not summary.usable
    assert summary_lines(summary)[-1].startswith("  NOT usable as is")
    assert any("cannot be filled" in line for line in summary_lines(summary))


def test_pyxform_checks_made_while_writing_xml_still_refuse_a_form():
    from surveyor.core.errors import SurveyError
    with pytest.raises(SurveyError) as caught:
        form_from_markdown("| survey |\n| | type | name | label |\n| | integer | a | |\n")
    assert "has no label or hint" in str(caught.value)


# --- the cache and adding a form ----------------------------------------------------------------

def test_a_cached_form_reads_back_equal_and_a_changed_or_corrupt_entry_is_read_again(tmp_path):
    forms, cache = tmp_path / "forms", tmp_path / "cache"
    forms.mkdir()
    write_files(forms)
    path = write_md(forms, "f.md", FROM_FILE)
    first = read_xlsform(path, cache)
    entries = list(cache.glob("*.json"))
    assert len(entries) == 1 and read_xlsform(path) == first
    cached = read_xlsform(path, cache)
    assert cached == first
    path.write_text(FROM_FILE.replace("| Chợ   |", "| Chợ ở đâu |"), encoding="utf-8")
    assert read_xlsform(path, cache).question("cho").labels == {"": "Chợ ở đâu"}
    assert len(list(cache.glob("*.json"))) == 2                  # a changed file: a new entry
    for entry in cache.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert read_xlsform(path, cache).question("cho").labels == {"": "Chợ ở đâu"}


def test_the_cache_keeps_shared_choice_lists_shared(tmp_path):
    path = write_md(tmp_path, "yn.md", """
| survey |
|        | type          | name | label |
|        | select_one yn | a    | A     |
|        | select_one yn | b    | B     |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Có    |
""")
    read_xlsform(path, tmp_path / "cache")
    form = read_xlsform(path, tmp_path / "cache")
    assert form.question("a").choices is form.question("b").choices is form.choice_lists["yn"]


def test_the_files_beside_a_cached_form_are_read_on_every_load(tmp_path):
    path = write_md(tmp_path, "f.md", FROM_FILE)
    assert read_xlsform(path, tmp_path / "cache").question("ph").type == "text"  # no CSV yet
    write_files(tmp_path)
    assert read_xlsform(path, tmp_path / "cache").question("ph").type == "select_one"


def test_a_cache_entry_of_other_code_is_not_used(tmp_path, monkeypatch):
    path = write_md(tmp_path, "f.md", MEDIA)
    read_xlsform(path, tmp_path / "cache")
    monkeypatch.setattr(form_cache, "reader_digest", lambda: "another reader")
    assert form_cache.load(tmp_path / "cache", path.read_bytes(), path) is None


def test_adding_a_form_copies_the_files_it_reads_beside_it(tmp_path):
    source, user = tmp_path / "from_partner", tmp_path / "user_forms"
    source.mkdir()
    write_files(source)
    png(source / "lamp.png")
    path = write_md(source, "cho.md", FROM_FILE)
    summary = add_form(path, user)
    assert summary.usable
    assert sorted(p.name for p in user.iterdir()) == ["cay.geojson", "cho.csv", "cho.md",
                                                      "hang.xml", "phuong.csv"]
    assert read_xlsform(user / "cho.md").question("cho").type == "select_one"


def test_a_search_appearance_is_a_warning_and_the_sheets_list_is_offered():
    form = form_from_markdown("""
| survey |
|        | type            | name | label | appearance                 |
|        | select_one hang | h    | Hàng  | search('hang_hoa')         |
| choices |
|         | list_name | name | label |
|         | hang      | x    | X     |
""")
    assert [f.severity for f in findings_about(form, "search(")] == ["warning"]
    assert [c.name for c in form.question("h").choices] == ["x"] and blocking(form) == []


def test_a_calculated_select_outside_its_list_is_no_issue_for_the_person():
    form = form_from_markdown("""
| survey |
|        | type           | name | label | calculation |
|        | integer        | n    | N     |             |
|        | select_one muc | muc  | Mức   | if(${n} > 5, '2', '1') |
| choices |
|         | list_name | name | label |
|         | muc       | 2    | Cao   |
""")
    assert LiveForm(form, {"n": 1}).value("muc") == "1"
    assert state_issues(LiveForm(form, {"n": 1})) == []
