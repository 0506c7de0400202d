"""The report's fast paths give what the slow ones give: a row written through rowxml.RowBuffer
is, byte for byte, the row xlsxwriter writes from the same cell calls; a check that remembers
outcomes per value (report.checks) reports every failure that testing each answer reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from surveyor.core.expressions import parse
from surveyor.core.forms.model import Form, Question
from surveyor.core.report import checks as report_checks
from surveyor.core.report.answers import FormNames
from surveyor.core.report.checks import FormChecks, reads_only_the_value
from surveyor.core.responses import RepeatRow, Response, new_uuid
from surveyor.core.workbook.rowxml import RowBuffer

OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
           "strings_to_urls": False}

# Text xlsxwriter writes as is, and text it changes or marks: XML escapes, quotes, control
# characters, its own _xHHHH_ escapes, spaces at either end (Unicode ones too), U+FFFE,
# rich-string-shaped text, text past half a cell, letters outside the BMP.
TEXTS = ["Nguyễn Thị Lan", "Cty TNHH \"Sao Mai\" & con", "a < b > c", "dòng 1\ndòng 2",
         "tab\there", "bell\x07", "_x0041_ literal", "_x00zz_ not one", " leading", "trailing ",
         "\u00a0nbsp", "nbsp\u00a0", "ideographic\u3000", "bad \ufffe char", "<r>not rich</r>",
         "x" * 16_383, "y" * 16_384, "😀" * 9_000, "0912345678", "=1+1", "ok"]
NUMBERS = [0, 1, -1, 7, 2 ** 53 + 1, 10 ** 20, 0.1, -0.0, 1e-300, 1e300, 46296.04236111111,
           1 / 3, 123456789.123456789, True]


def _rows(formats: dict) -> list[list[tuple]]:
    """Rows of (column, text?, value, format name or None), as the report's writers call."""
    rows: list[list[tuple]] = []
    for i, text in enumerate(TEXTS):
        rows.append([(0, True, f"uuid-{i}", "text"), (1, True, text, None),
                     (2, False, NUMBERS[i % len(NUMBERS)], None), (4, False, 46296.0, "date"),
                     (5, True, text, "text")])
    rows.append([(c, False, n, None) for c, n in enumerate(NUMBERS)])
    rows.append([(c, False, n, "date" if c % 2 else None) for c, n in enumerate(NUMBERS)
                 if n is not True])
    rows.append([(3, True, "right to left", None), (1, True, "columns", None)])
    rows.append([(1, True, "twice", None), (1, True, "in one column", None)])
    rows.append([])                                  # a row with no cell at all
    rows.append([(6, True, "under a formatted column", None), (7, False, 3, None)])
    rows.append([(0, True, "no properties", "plain"), (2, False, 5, "plain")])
    rows.append([(0, True, "the default format", "zero"), (2, False, 6, "zero")])
    rows.append([(0, True, "a row with a height", None)])
    return rows


def _book(path: Path, through_buffer: bool) -> None:
    book = xlsxwriter.Workbook(str(path), OPTIONS)
    formats = {"text": book.add_format({"quote_prefix": True}),
               "date": book.add_format({"num_format": "yyyy-mm-dd"}),
               "head": book.add_format({"bold": True, "text_wrap": True}),
               "plain": book.add_format(),          # no properties: an xf of its own
               "zero": book.formats[0]}             # the workbook's default format, xf 0
    ws = book.add_worksheet("Dữ liệu")
    ws.set_row(0, 45)
    for col in range(8):
        ws.set_column(col, col, 12 + col, formats["date"] if col == 6 else None)
        ws.write_string(0, col, f"header {col}", formats["head"])
    rows = _rows(formats)
    ws.set_row(len(rows) + 1, 30)                    # the last row (one number is skipped)
    buffer = RowBuffer(ws)
    target = buffer if through_buffer else ws
    row = 0
    for cells in rows:
        row += 2 if row == 10 else 1                 # a row number skipped
        for col, text, value, name in cells:
            fmt = formats[name] if name else None
            (target._write_string if text else target._write_number)(row, col, value, fmt)
        if through_buffer:
            buffer.flush(row)
    ws.autofilter(0, 0, row, 7)
    book.close()
    if through_buffer:                               # both ways were taken
        assert buffer.written >= 8 and buffer.replayed >= 15


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name.startswith("xl/")}


def test_rows_through_the_buffer_are_the_bytes_xlsxwriter_writes(tmp_path):
    _book(tmp_path / "plain.xlsx", through_buffer=False)
    _book(tmp_path / "buffered.xlsx", through_buffer=True)
    plain, buffered = _parts(tmp_path / "plain.xlsx"), _parts(tmp_path / "buffered.xlsx")
    assert plain.keys() == buffered.keys()
    sheet = plain["xl/worksheets/sheet1.xml"].decode()
    assert "_x005F_x0041_" in sheet and 'xml:space="preserve"' in sheet and "&amp;" in sheet
    for name in plain:
        assert buffered[name] == plain[name], name


def test_a_number_xlsxwriter_refuses_is_refused_through_the_buffer_too(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "nan.xlsx"), OPTIONS)
    ws = book.add_worksheet()
    with pytest.raises(TypeError):
        ws._write_number(1, 0, float("nan"))
    buffer = RowBuffer(book.add_worksheet())
    buffer._write_number(1, 0, float("nan"))
    with pytest.raises(TypeError):
        buffer.flush(1)
    book.close()


# --- checks that remember outcomes per value ----------------------------------------------------

FORM = Form("f", "1", "F", "", ("",), (
    Question("n", "n", "integer", row=2, constraint=". >= 0",
             constraint_messages={"": "không âm"}),
    Question("tel", "tel", "text", row=3, constraint="regex(., '^0[0-9]{9}$')"),
    Question("most", "most", "integer", row=4, constraint=". <= ${n}"),
    Question("x", "x", "decimal", row=6, repeat="r", constraint=". < 100"),
))
MOMENT = dt.datetime(2026, 12, 1)


def _response(answers: dict, rows: tuple[dict, ...] = ()) -> Response:
    return Response(new_uuid(), "f", "1", answers=answers,
                    repeats=tuple(RepeatRow("r", i, row, ()) for i, row in enumerate(rows, 1)))


def _found(checks: FormChecks, responses: list[Response]) -> list[tuple]:
    return [(r.uuid, f.question.key, f.row, f.value, f.kind) for r in responses
            for f in checks.failed(r, MOMENT)]


def test_a_remembered_outcome_is_reported_for_every_answer_that_has_it(monkeypatch):
    responses = [_response({"n": -1, "tel": "12ab", "most": 3}, ({"x": 150}, {"x": 5})),
                 _response({"n": -1, "tel": "0912345678", "most": 3}, ({"x": 150},)),
                 _response({"n": 1, "tel": "12ab"}), _response({"n": True}),
                 _response({"n": 1.0, "most": 1})]
    checks = FormChecks(FormNames(FORM, ""))
    remembering = [c.question.key for c in checks.checks if c.memo is not None]
    assert remembering == ["n", "tel", "x"]          # `most` reads ${n}: tested every time
    expected = [
        (responses[0].uuid, "n", "", -1, "constraint"),
        (responses[0].uuid, "tel", "", "12ab", "constraint"),
        (responses[0].uuid, "most", "", 3, "constraint"),
        (responses[0].uuid, "x", "1", 150, "constraint"),
        (responses[1].uuid, "n", "", -1, "constraint"),          # remembered: still reported
        (responses[1].uuid, "most", "", 3, "constraint"),
        (responses[1].uuid, "x", "1", 150, "constraint"),
        (responses[2].uuid, "tel", "", "12ab", "constraint"),
        (responses[3].uuid, "n", "", True, "type"),              # True is not the integer 1
    ]
    assert _found(checks, responses) == expected
    assert _found(checks, responses) == expected                 # all from memory now
    monkeypatch.setattr(report_checks, "MEMO_VALUES", 0)         # nothing remembered
    assert _found(FormChecks(FormNames(FORM, "")), responses) == expected


@pytest.mark.parametrize(("expression", "alone"), [
    ("regex(., '^[0-9]{10}(-?[0-9]{3})?$')", True),
    (". >= 2000 and . <= int(format-date(today(), '%Y'))", True),
    ("not(selected(., 'none') and count-selected(.) > 1)", True),
    (". <= ${n}", False), ("position(..) < 3", False), ("random() < 0.5", False),
    (". != once(uuid())", False), ("count(../x) > 0", False),
])
def test_only_a_constraint_that_reads_nothing_but_its_value_is_remembered(expression, alone):
    assert reads_only_the_value(parse(expression).tree) is alone


# --- one pass: the sheets for people after every sync sheet ---------------------------------------

def test_sync_sheets_made_during_the_one_pass_still_come_first(tmp_path, monkeypatch):
    """Parts of a long sync sheet (and _media, _manifest, _dictionary) are made after the
    sheets for people: the report puts them back after every sync sheet, in the export's
    order, and imports whole at the next level."""
    import openpyxl

    from surveyor.core import jobs
    from surveyor.core.store import Store
    from surveyor.core.workbook import sheet

    monkeypatch.setattr(sheet, "MAX_ROWS", 7)
    forms = jobs.catalog().forms
    ward = tmp_path / "ward.sqlite"
    jobs.demo(ward, forms, responses=40, seed=3)
    export = openpyxl.load_workbook(jobs.export_file(ward, tmp_path / "export.xlsx", forms).path,
                                    read_only=True).sheetnames
    assert any("~" in name for name in export) and export[-1] == "_dictionary"
    book = openpyxl.load_workbook(jobs.report_file(ward, tmp_path / "report.xlsx", forms).path)
    assert book.sheetnames[:len(export)] == export
    assert book.sheetnames[len(export)] == "Tổng hợp" == book.active.title
    assert [ws.sheet_state for ws in book.worksheets] == [
        "hidden" if name == "_media_data" else "visible" for name in book.sheetnames]
    with zipfile.ZipFile(tmp_path / "report.xlsx") as archive:   # each sheet's own names
        names = re.findall(r'<definedName name="([^"]+)" localSheetId="(\d+)"[^>]*>([^<]+)<',
                           archive.read("xl/workbook.xml").decode())
    assert {"_xlnm._FilterDatabase", "_xlnm.Print_Titles"} <= {name for name, _, _ in names}
    for name, index, where in names:
        assert where.split("!")[0].strip("'") == book.sheetnames[int(index)], name
    with Store(ward) as store:
        everything = store.count(include_deleted=True)
    counts = jobs.import_files(tmp_path / "city.sqlite", [tmp_path / "report.xlsx"], forms).counts
    assert counts["new"] == everything and counts["rejected"] == 0


def test_a_sheet_for_people_past_its_rows_goes_on_in_parts_next_to_each_other(
        tmp_path, monkeypatch):
    """xlsxwriter drops a row past Excel's last one without a word: a data or review sheet
    that fills a part goes on in `name~2`, … right after it, each part with the header, its
    own autofilter and frozen row, and every row is there once."""
    import openpyxl

    from surveyor.core import jobs
    from surveyor.core.report import parts
    from surveyor.core.store import Store

    monkeypatch.setattr(parts, "PART_ROWS", 6)
    forms = jobs.catalog().forms
    ward = tmp_path / "ward.sqlite"
    jobs.demo(ward, forms, responses=40, seed=3)
    with Store(ward) as store:
        current = list(store.responses())
    stats = jobs.report_file(ward, tmp_path / "report.xlsx", forms)
    book = openpyxl.load_workbook(stats.path)
    names = book.sheetnames
    assert names == list(stats.sheets)
    per_form: dict[str, int] = {}
    for response in current:
        per_form[response.form_id] = per_form.get(response.form_id, 0) + 1
    split = 0
    for form_id, count in per_form.items():
        first = next(n for n in names if n.startswith("Dữ liệu ") and n.endswith(form_id))
        wanted = -(-count // 6)                               # parts of at most 6 rows
        expected = [first] + [f"{first}~{k}" for k in range(2, wanted + 1)]
        at = names.index(first)
        assert names[at:at + wanted] == expected
        split += wanted > 1
        uuids = []
        for name in expected:
            ws = book[name]
            rows = list(ws.iter_rows(values_only=True))
            assert rows[0] == next(book[first].iter_rows(max_row=1, values_only=True))
            assert 1 <= len(rows) - 1 <= 6 and ws.freeze_panes == "A2"
            assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}" \
                                         f"{len(rows)}"
            uuids += [r[0] for r in rows[1:]]
        assert sorted(uuids) == sorted(r.uuid for r in current if r.form_id == form_id)
    assert split >= 1
    review = [n for n in names if n.startswith(words_vi("sheet.drafts"))]
    drafts = sum(1 for r in current if r.status != "complete")
    assert sum(book[n].max_row - 1 for n in review) == drafts and len(review) == -(-drafts // 6)
    assert names[names.index(review[0]):names.index(review[0]) + len(review)] == review
    summary = names.index("Tổng hợp")
    assert summary == names.index("_dictionary") + 1
    assert [n.startswith("Dữ liệu ") for n in names].index(True) == summary + 1
    assert book.active.title == "Tổng hợp"


def words_vi(key: str) -> str:
    from surveyor.core.report.words import words

    return words("vi")(key)


def test_an_export_writes_the_same_sheets_with_rows_straight_or_through_xlsxwriter(
        tmp_path, monkeypatch):
    """The sync sheets' rows go through rowxml too: a demo export, hostile texts included,
    is the same XML, sheet by sheet, when every row is replayed on xlsxwriter instead."""
    from surveyor.core import jobs
    from surveyor.core.store import Store
    from surveyor.core.workbook import rowxml

    forms = jobs.catalog().forms
    db = tmp_path / "s.sqlite"
    jobs.demo(db, forms, responses=60, seed=5)
    with Store(db) as store:                         # hostile texts as names
        named = [r for r in store.responses() if "ten_co_so" in r.answers][:len(TEXTS)]
        for response, text in zip(named, TEXTS):
            store.save(dataclasses.replace(response, answers={**response.answers,
                                                              "ten_co_so": text}), who="test")
    counts = {}

    def export(name: str) -> dict[str, bytes]:
        path = jobs.export_file(db, tmp_path / name, forms).path
        return {k: re.sub(rb"(exported_at</t></is></c><c [^>]*><is><t>)[^<]*", rb"\1", v)
                for k, v in _parts(path).items() if k.startswith("xl/worksheets/")}

    straight = export("straight.xlsx")
    monkeypatch.setattr(rowxml, "writes_straight", lambda ws: False)
    replayed = export("replayed.xlsx")
    assert straight.keys() == replayed.keys() and len(straight) >= 4
    for name in straight:
        counts[name] = straight[name].count(b"<row ")
        assert straight[name] == replayed[name], name
    assert sum(counts.values()) > 60


@pytest.mark.slow
def test_a_table_for_people_splits_at_the_real_row_limit(tmp_path):
    """At the real limit: 1,048,575 rows go on a first part of 1,048,574 (with its header it
    reaches row 1,048,575) and a second of one; calamine reads every row back."""
    from python_calamine import CalamineWorkbook

    from surveyor.core.report.parts import PART_ROWS, PartedSheet
    from surveyor.core.workbook.layout import MAX_SHEET_ROWS

    assert PART_ROWS == MAX_SHEET_ROWS == 1_048_574
    path = tmp_path / "long.xlsx"
    book = xlsxwriter.Workbook(str(path), OPTIONS)
    formats = {name: book.add_format() for name in ("head", "text", "date", "datetime")}
    table = PartedSheet(book, "Phiếu nháp", ["n"], [10], formats, height=30)
    for n in range(PART_ROWS + 1):
        row = table.next_row()
        table.put_number(row, 0, n)
        table.flush()
    table.finish()
    book.close()
    assert [ws.name for ws in table.parts] == ["Phiếu nháp", "Phiếu nháp~2"]
    read = CalamineWorkbook.from_path(str(path))
    first = read.get_sheet_by_name("Phiếu nháp").to_python()
    second = read.get_sheet_by_name("Phiếu nháp~2").to_python()
    assert len(first) == PART_ROWS + 1 and first[0] == ["n"] == second[0]
    assert [r[0] for r in first[1:3]] == [0, 1] and first[-1] == [PART_ROWS - 1]
    assert second[1:] == [[PART_ROWS]]
