"""The sync workbook: typed formula-safe cells, atomic writes, hardened checked reads."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.progress import Cancelled, Progress
from surveyor.core.responses import RepeatRow, Response, row_hash, saved
from surveyor.core.workbook import (
    FORMAT_VERSION,
    IncomingRow,
    read_workbook,
    sheet_name,
    write_workbook,
)

MARKET = """
| survey |
|        | type                  | name      | label::Tiếng Việt (vi) | label::English (en) | calculation  |
|        | start                 | start     |                        |                     |              |
|        | end                   | end       |                        |                     |              |
|        | text                  | ten       | Tên người bán          | Vendor name         |              |
|        | text                  | phone     | Điện thoại             | Phone               |              |
|        | integer               | bags      | Số túi mỗi ngày        | Bags per day        |              |
|        | decimal               | cost      | Chi phí túi (VND)      | Bag cost (VND)      |              |
|        | select_one yn         | aware     | Biết chiến dịch        | Aware               |              |
|        | select_multiple kinds | kinds     | Loại túi               | Bag kinds           |              |
|        | date                  | visit     | Ngày khảo sát          | Visit date          |              |
|        | datetime              | seen_at   | Lúc gặp                | Met at              |              |
|        | calculate             | total     |                        |                     | ${bags} * 30 |
|        | note                  | thanks    | Cảm ơn                 | Thanks              |              |
|        | begin_group           | g         | Nhóm                   | Group               |              |
|        | text                  | ten       | Tên trong nhóm         | Name in group       |              |
|        | end_group             |           |                        |                     |              |
|        | begin_repeat          | quay      | Quầy                   | Stall               |              |
|        | text                  | quay_ten  | Tên quầy               | Stall name          |              |
|        | begin_repeat          | hang      | Hàng                   | Goods               |              |
|        | text                  | hang_ten  | Tên hàng               | Goods name          |              |
|        | integer               | so_luong  | Số lượng               | Quantity            |              |
|        | end_repeat            |           |                        |                     |              |
|        | end_repeat            |           |                        |                     |              |
| choices |
|         | list_name | name  | label::Tiếng Việt (vi)  | label::English (en) |
|         | yn        | yes   | Có                      | Yes                 |
|         | yn        | no    | Không                   | No                  |
|         | kinds     | nylon | Túi nilon khó phân huỷ  | Hard nylon          |
|         | kinds     | paper | Giấy                    | Paper               |
|         | kinds     | leaf  | Lá                      | Leaves              |
| settings |
|          | form_id | version | default_language |
|          | cho     | 2       | Tiếng Việt (vi)  |
"""
# Version 1 of the same form: no `phone`, and an `old_note` that version 2 dropped.
MARKET_V1 = """
| survey |
|        | type          | name     | label::Tiếng Việt (vi) |
|        | text          | ten      | Tên người bán          |
|        | text          | old_note | Ghi chú cũ             |
|        | integer       | bags     | Số túi mỗi ngày        |
|        | select_one yn | aware    | Biết chiến dịch        |
| choices |
|         | list_name | name | label::Tiếng Việt (vi) |
|         | yn        | yes  | Có                     |
|         | yn        | no   | Không                  |
| settings |
|          | form_id | version |
|          | cho     | 1       |
"""
SHOP = """
| survey |
|        | type    | name   | label::Tiếng Việt (vi) |
|        | text    | ten    | Tên siêu thị           |
|        | integer | share  | Tỉ lệ hàng nhãn xanh   |
| settings |
|          | form_id                                     | version |
|          | sieu_thi_va_trung_tam_thuong_mai_ha_noi_2025 | 7       |
"""
FORM, FORM_V1, SHOP_FORM = (form_from_markdown(md) for md in (MARKET, MARKET_V1, SHOP))
FORMS = {(f.form_id, f.version): f for f in (FORM, FORM_V1, SHOP_FORM)}
TRICKY_TEXTS = ["=1+1", "+84 912 345 678", "-5 kg", "@home", "0912345678",
                unicodedata.normalize("NFD", "Bát Tràng"), "dòng một\ndòng hai\n\tthụt lề",
                "  spaces around  ", "_x0041_ stays", "bell\x07 and nul\x00 kept",
                "<b>&amp;</b>", "<r>not rich & <t>not XML</t></r>"]
MANIFEST = {"exported_by": "Nguyễn Văn An", "device": "laptop-7"}


def state(form=FORM, n: int = 0, answers=None, repeats=(), **fields) -> Response:
    """A saved response of `form`, numbered `n` (its uuid), with these answers."""
    fields = {"status": "complete", "inspector": "Nguyễn Văn An", "device": "laptop-7", **fields}
    base = Response(uuid=f"00000000-0000-4000-8000-{n:012d}", form_id=form.form_id,
                    form_version=form.version, answers=answers or {}, repeats=tuple(repeats),
                    **fields)
    return saved(base, at="2026-11-24T08:30:00")


FULL = {"start": "2026-11-24T08:00:00", "end": "2026-11-24T08:20:05", "ten": "Chị Lan",
        "phone": "0912345678", "bags": 120, "cost": 15000.5, "aware": "yes",
        "kinds": "nylon paper", "visit": "2026-11-24", "seen_at": "2026-11-24T08:10:00",
        "total": 3600, "g/ten": "Hàng Bè"}
STALLS = [RepeatRow("quay", 1, {"quay_ten": "Quầy rau"}),
          RepeatRow("quay", 2, {"quay_ten": "Quầy thịt"}),
          RepeatRow("hang", 1, {"hang_ten": "Cải", "so_luong": 3}, (1,)),
          RepeatRow("hang", 2, {"hang_ten": "Muống", "so_luong": 5}, (1,)),
          RepeatRow("hang", 1, {"hang_ten": "Ba chỉ", "so_luong": 2}, (2,))]


def write(path: Path, responses, forms=FORMS) -> Path:
    write_workbook(path, forms, responses, manifest=MANIFEST)
    return path


def by_uuid(read) -> dict[str, IncomingRow]:
    return {row.response.uuid: row for row in read.rows}


def set_cell(path: Path, sheet: str, row: int, key: str, value) -> None:
    """Change one cell (found by its column key) as a person would in a spreadsheet."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    column = next(c.column for c in ws[1] if c.value == key)
    ws.cell(row=row, column=column).value = value
    book.save(path)


# --- writing and reading back ------------------------------------------------------------

def test_tricky_texts_read_back_identical(tmp_path):
    responses = [state(n=i, answers={"ten": text, "g/ten": text}) for i, text in
                 enumerate(TRICKY_TEXTS)]
    read = read_workbook(write(tmp_path / "t.xlsx", responses), FORMS)
    got = by_uuid(read)
    for original in responses:
        incoming = got[original.uuid]
        assert incoming.response.answers == original.answers
        assert row_hash(incoming.response) == incoming.stated_hash


def test_whole_responses_come_back_as_they_were(tmp_path):
    responses = [state(n=1, answers=FULL, repeats=STALLS),
                 state(n=2, answers={"ten": "Bác Tư"}, status="draft"),
                 state(n=3, answers={"bags": 0}, deleted=True),
                 state(FORM_V1, n=4, answers={"ten": "Cô Hoa", "old_note": "cũ", "bags": 7}),
                 state(SHOP_FORM, n=5, answers={"ten": "WinMart", "share": 40})]
    read = read_workbook(write(tmp_path / "w.xlsx", responses), FORMS)
    got = by_uuid(read)
    assert len(read.rows) == len(responses)
    for original in responses:
        incoming = got[original.uuid]
        assert incoming.response == replace(original, repeats=incoming.response.repeats)
        assert sorted(incoming.response.repeats, key=repr) == sorted(original.repeats, key=repr)
        assert row_hash(incoming.response) == incoming.stated_hash
    assert got[responses[0].uuid].row == 2 and got[responses[0].uuid].sheet == "cho"


def test_a_stored_history_and_versions_travel(tmp_path):
    first = state(n=1, answers={"ten": "A"})
    second = saved(replace(first, answers={"ten": "B"}), first, at="2026-11-25T09:00:00")
    incoming = read_workbook(write(tmp_path / "h.xlsx", [second]), FORMS).rows[0].response
    assert (incoming.version, incoming.history) == (second.version, (first.version,))
    assert (incoming.created_at, incoming.updated_at) == (second.created_at, second.updated_at)


def test_cells_are_typed_and_none_is_a_formula(tmp_path):
    path = write(tmp_path / "typed.xlsx", [state(n=1, answers={**FULL, "ten": "=1+1"},
                                                 repeats=STALLS)])
    book = openpyxl.load_workbook(path)
    ws = book["cho"]
    header = [c.value for c in ws[1]]
    cells = {key: ws.cell(row=2, column=i + 1) for i, key in enumerate(header)}
    assert header[:13] == ["_uuid", "_form_id", "_form_version", "_status", "_deleted",
                           "_merged_into", "_inspector", "_device", "_created_at", "_updated_at",
                           "_version", "_history", "_hash"]
    assert [cells[k].data_type for k in ("bags", "cost", "total")] == ["n", "n", "n"]
    assert [cells[k].data_type for k in ("phone", "ten", "aware", "kinds")] == ["s"] * 4
    assert cells["phone"].value == "0912345678" and cells["ten"].value == "=1+1"
    assert cells["visit"].is_date and cells["visit"].number_format == "yyyy-mm-dd"
    assert cells["visit"].value == dt.datetime(2026, 11, 24)
    for key in ("seen_at", "start", "end", "_created_at", "_updated_at"):
        assert cells[key].is_date and cells[key].number_format == "yyyy-mm-dd hh:mm:ss"
    assert cells["ten"].quotePrefix and cells["phone"].quotePrefix
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    formulas = [(s.title, c.coordinate) for s in book for row in s.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []


def test_the_hash_column_holds_the_seal_or_else_the_row_hash(tmp_path):
    sealed = replace(state(n=1, answers={"ten": "A"}), seal="5eal" * 5)   # as the store keeps it
    plain = state(n=2, answers={"ten": "B"})
    got = by_uuid(read_workbook(write(tmp_path / "s.xlsx", [sealed, plain]), FORMS))
    assert got[sealed.uuid].stated_hash == "5eal" * 5
    assert got[plain.uuid].stated_hash == row_hash(plain)


def test_sheets_are_named_by_form_and_repeat(tmp_path):
    path = write(tmp_path / "names.xlsx", [state(n=1, answers=FULL, repeats=STALLS)])
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    shop = sheet_name(SHOP_FORM.form_id)
    assert names == ["cho", "cho.quay", "cho.hang", shop, "_manifest", "_dictionary"]
    assert len(shop) == 31 and shop.startswith("sieu_thi_va_trung_tam_th")


@pytest.mark.parametrize("form_id, repeat, start, suffixed", [
    ("cho", None, "cho", False),
    ("cho", "quay", "cho.quay", False),
    ("a:b/c", None, "a_b_c", True),                  # forbidden characters: replaced, suffixed
    ("x" * 40, None, "x" * 24, True),
    ("co_so_san_xuat", "nguyen_lieu_nang_luong", "co_so_san_xuat.nguyen_li", True),
    ("_manifest", None, "_manifest", True),          # never the name of a sheet of ours
])
def test_sheet_names_fit_excel_and_stay_stable(form_id, repeat, start, suffixed):
    name = sheet_name(form_id, repeat)
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert name == sheet_name(form_id, repeat)
    if suffixed:
        assert name[:-7] == start and name[-7] == "~" and len(name[-6:]) == 6
        assert name != sheet_name(form_id + "2", repeat)
    else:
        assert name == start


def test_two_versions_share_one_sheet_with_the_union_of_columns(tmp_path):
    path = write(tmp_path / "v.xlsx", [state(n=1, answers=FULL),
                                      state(FORM_V1, n=2, answers={"old_note": "cũ"})])
    header = [c.value for c in openpyxl.load_workbook(path)["cho"][1]]
    questions = header[13:]
    assert questions[:5] == ["start", "end", "ten", "old_note", "phone"]
    assert "thanks" not in header and "quay_ten" not in header and "g/ten" in header


def test_manifest_says_who_what_and_how_many(tmp_path):
    path = write(tmp_path / "m.xlsx", [state(n=i, answers={"ten": "x"}, repeats=STALLS)
                                       for i in range(3)])
    read = read_workbook(path, FORMS)
    assert read.manifest["format_version"] == FORMAT_VERSION
    assert read.manifest["exported_by"] == "Nguyễn Văn An" and read.manifest["device"] == "laptop-7"
    assert read.manifest["app_version"] and read.manifest["exported_at"]
    ws = openpyxl.load_workbook(path)["_manifest"]
    table = [[c.value for c in row] for row in ws.iter_rows()]
    start = table.index(["sheet", "form_id", "form_versions", "repeat", "rows"])
    sheets = {row[0]: row[1:] for row in table[start + 1:]}
    assert sheets["cho"] == ["cho", "2", None, 3]
    assert sheets["cho.hang"] == ["cho", "2", "hang", 9]
    assert sheets[sheet_name(SHOP_FORM.form_id)][3] == 0


def test_dictionary_decodes_every_column(tmp_path):
    path = write(tmp_path / "d.xlsx", [state(n=1, answers=FULL)])
    ws = openpyxl.load_workbook(path)["_dictionary"]
    rows = {(r[0], r[1]): r[2:] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows[("cho", "kinds")] == ("Loại túi", "Bag kinds", "select_multiple",
                                     "nylon = Túi nilon khó phân huỷ; paper = Giấy; leaf = Lá")
    assert rows[("cho", "old_note")][:3] == ("Ghi chú cũ", None, "text")
    assert rows[("cho.hang", "_parent_index")][2] == "text"
    book = openpyxl.load_workbook(path)
    assert len(rows) == sum(book[s].max_column for s in book.sheetnames if not s.startswith("_"))


def test_numbers_that_do_not_fit_a_cell_are_handled(tmp_path):
    big = 12345678901234567890
    responses = [state(n=1, answers={"bags": big, "cost": float("nan")}),
                 state(n=2, answers={"cost": float("inf"), "total": "không tính được"}),
                 state(n=3, answers={"cost": 0.1 + 0.2, "total": 2.5}),
                 state(n=4, answers={"cost": 225 / 7, "total": -1e-300}),   # 32.142857142857146
                 state(n=5, answers={"ten": 0.1 + 0.2, "phone": 84912345678})]
    got = by_uuid(read_workbook(write(tmp_path / "n.xlsx", responses), FORMS))
    assert got[responses[0].uuid].response.answers == {"bags": big}
    assert got[responses[1].uuid].response.answers == {"total": "không tính được"}
    assert got[responses[2].uuid].response.answers == {"cost": 0.3, "total": 2.5}
    assert [row_hash(got[r.uuid].response) == got[r.uuid].stated_hash
            for r in responses] == [True] * 5   # NaN and inf are empty, in cells and in hashes
    assert got[responses[4].uuid].response.answers == {"ten": "0.3", "phone": "84912345678"}


def test_times_in_other_spellings_stay_text_and_read_back_as_written(tmp_path):
    answers = {"start": "2026-11-24T08:00:00.123+07:00", "visit": "1899-12-31",
               "seen_at": "2026-11-24T08:10"}
    got = read_workbook(write(tmp_path / "z.xlsx", [state(n=1, answers=answers)]), FORMS).rows[0]
    assert got.response.answers == answers and row_hash(got.response) == got.stated_hash


def test_text_too_long_for_a_cell_is_refused_and_the_old_file_kept(tmp_path):
    path = write(tmp_path / "keep.xlsx", [state(n=1, answers={"ten": "cũ"})])
    before = path.read_bytes()
    with pytest.raises(SurveyError) as caught:
        write(path, [state(n=1), state(n=2, answers={"ten": "ạ" * 32_768})])
    assert caught.value.problem is Problem.TEXT_TOO_LONG
    assert caught.value.context.items() >= {"file": "keep.xlsx", "sheet": "cho", "row": 3,
                                            "column": "ten", "length": 32_768}.items()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_text_shaped_like_cell_xml_stays_text_or_is_refused(tmp_path):
    # xlsxwriter puts a string "<r>…</r>" into the sheet as XML: written as one escaped run.
    text = "<r>a & b</r>"
    path = write(tmp_path / "x.xlsx", [state(n=1, answers={"ten": text})])
    assert read_workbook(path, FORMS).rows[0].response.answers == {"ten": text}
    sheet = openpyxl.load_workbook(path)["cho"]
    assert [c.value for c in sheet[2] if c.value == text] == [text]
    with pytest.raises(SurveyError) as caught:      # fits a cell, but not once escaped
        write(tmp_path / "y.xlsx", [state(n=1, answers={"ten": "<r>" + "&" * 8_000 + "</r>"})])
    assert caught.value.problem is Problem.TEXT_TOO_LONG
    assert caught.value.context["length"] == 8_007 and caught.value.context["column"] == "ten"


def test_cancelled_export_leaves_no_file(tmp_path):
    stop = Progress(cancelled=lambda: True)
    with pytest.raises(Cancelled):
        write_workbook(tmp_path / "c.xlsx", FORMS, iter([state(n=1)]), manifest={}, progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_responses_of_an_unknown_form_or_repeat_are_not_written(tmp_path):
    stray = replace(state(n=1), form_version="9")
    with pytest.raises(SurveyError) as caught:
        write(tmp_path / "u.xlsx", [stray])
    assert caught.value.problem is Problem.UNKNOWN_FORM
    odd = state(n=2, repeats=[RepeatRow("khong_co", 1, {"x": "1"})])
    with pytest.raises(SurveyError) as caught:
        write(tmp_path / "u.xlsx", [odd])
    assert caught.value.problem is Problem.REPEAT_UNKNOWN
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_refused_clearly(tmp_path):
    with pytest.raises(SurveyError) as caught:
        write(tmp_path / "no such folder" / "out.xlsx", [state(n=1)])
    assert caught.value.problem is Problem.WORKBOOK_UNWRITABLE
    assert caught.value.context["file"] == "out.xlsx"


def test_text_that_is_not_unicode_is_refused_not_crashed_on(tmp_path):
    with pytest.raises(SurveyError) as caught:
        write(tmp_path / "s.xlsx", [replace(state(n=1), answers={"ten": "a\ud800b"})])
    assert caught.value.problem is Problem.WORKBOOK_UNWRITABLE
    assert list(tmp_path.iterdir()) == []


def test_export_reports_progress_against_the_total(tmp_path):
    seen = []
    write_workbook(tmp_path / "p.xlsx", FORMS, (state(n=i) for i in range(1200)), manifest={},
                   progress=Progress(report=lambda done, total, note: seen.append((done, total))),
                   total=1200)
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


# --- what a person may do to a workbook --------------------------------------------------

def test_a_number_typed_into_a_text_column_reads_as_its_digits(tmp_path):
    path = write(tmp_path / "p.xlsx", [state(n=1, answers={"phone": "0912345678"})])
    set_cell(path, "cho", 2, "phone", 912345678)
    row = read_workbook(path, FORMS).rows[0]
    assert row.response.answers["phone"] == "912345678"
    assert row_hash(row.response) != row.stated_hash


def test_an_edited_cell_breaks_only_its_rows_hash(tmp_path):
    path = write(tmp_path / "e.xlsx", [state(n=i, answers={"bags": i}) for i in range(4)])
    set_cell(path, "cho", 4, "bags", 99)
    rows = read_workbook(path, FORMS).rows
    assert [row_hash(r.response) == r.stated_hash for r in rows] == [True, True, False, True]
    assert rows[2].response.answers["bags"] == 99


def test_typed_dates_and_iso_text_are_accepted(tmp_path):
    path = write(tmp_path / "dates.xlsx", [state(n=1, answers={"visit": "2026-11-24"})])
    set_cell(path, "cho", 2, "visit", "2026-12-01")
    set_cell(path, "cho", 2, "seen_at", dt.datetime(2026, 12, 1, 9, 15, 59, 600_000))
    answers = read_workbook(path, FORMS).rows[0].response.answers
    assert answers["visit"] == "2026-12-01" and answers["seen_at"] == "2026-12-01T09:16:00"


def test_an_empty_column_someone_added_is_ignored(tmp_path):
    path = write(tmp_path / "x.xlsx", [state(n=1, answers={"ten": "A"})])
    book = openpyxl.load_workbook(path)
    book["cho"].cell(row=1, column=book["cho"].max_column + 1, value="ghi_chu_cua_toi")
    book.save(path)
    assert read_workbook(path, FORMS).rows[0].response.answers == {"ten": "A"}


def test_a_sheet_of_notes_someone_added_is_ignored(tmp_path):
    path = write(tmp_path / "notes.xlsx", [state(n=1, answers={"ten": "A"})])
    book = openpyxl.load_workbook(path)
    book.create_sheet("Ghi chú")["A1"] = "nhớ gọi lại chị Lan"
    book.save(path)
    assert [r.response.answers for r in read_workbook(path, FORMS).rows] == [{"ten": "A"}]


def test_without_a_manifest_sheets_are_found_by_name(tmp_path):
    path = write(tmp_path / "nm.xlsx", [state(n=1, answers=FULL, repeats=STALLS)])
    book = openpyxl.load_workbook(path)
    del book["_manifest"]
    book.save(path)
    read = read_workbook(path, FORMS)
    assert read.manifest == {} and len(read.rows[0].response.repeats) == len(STALLS)
    assert row_hash(read.rows[0].response) == read.rows[0].stated_hash


def test_the_file_checksum_is_of_its_bytes(tmp_path):
    import hashlib
    path = write(tmp_path / "s.xlsx", [state(n=1)])
    assert read_workbook(path, FORMS).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
