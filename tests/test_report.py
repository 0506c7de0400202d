"""The consolidated workbook as written to disk and read back by another library (openpyxl):
its sheets, cells, charts, conditional formats and print setup; and that it imports again,
also after LibreOffice re-saved it, and at the next level gives the same city report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from surveyor.core import jobs
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.store import Store

SYNC_SHEETS = ["co_so_san_xuat", "co_so_san_xuat.nguyen_lieu", "sieu_thi_ttm", "tieu_thuong_cho",
               "_media", "_media_data", "_manifest", "_dictionary"]   # the photos travel on
PEOPLE_SHEETS = ["Tổng hợp", "Dữ liệu co_so_san_xuat", "Dữ liệu co_so_san_xuat.n~8af98f",
                 "Dữ liệu sieu_thi_ttm", "Dữ liệu tieu_thuong_cho", "Xung đột", "Trùng lặp",
                 "Kiểm tra sai", "Sửa ngoài", "Phiếu nháp", "Độ phủ"]


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(scope="module")
def ward(tmp_path_factory, forms) -> Path:
    db = tmp_path_factory.mktemp("ward") / "ward.sqlite"
    jobs.demo(db, forms, responses=60, seed=3)
    return db


@pytest.fixture(scope="module")
def report(ward, forms, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "phuong.xlsx"
    jobs.report_file(ward, out, forms)
    return out


def rows_of(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_sync_sheets_come_first_then_the_sheets_for_people(report):
    book = openpyxl.load_workbook(report)
    assert book.sheetnames == SYNC_SHEETS + PEOPLE_SHEETS
    assert book.active.title == "Tổng hợp"          # Excel opens on the summary


def test_tong_hop_holds_each_indicator_city_wide_and_per_ward(report, ward, forms):
    results = jobs.indicator_results(ward, forms)
    rows = rows_of(openpyxl.load_workbook(report)["Tổng hợp"])
    header = [r[:7] for r in rows].index(["Phạm vi", "Tử số", "Mẫu số", "Kết quả", "Mục tiêu",
                                          "Đánh giá", "Ngưỡng"])
    headings = [i for i, r in enumerate(rows) if r[0] and str(r[0])[:3].rstrip(". ").isdigit()]
    assert len(headings) == len(results.indicators) == 12 and headings[0] == header + 1
    for at, result in zip(headings, results.indicators):
        assert rows[at][0].startswith(f"{headings.index(at) + 1}. {result.indicator.label('vi')}")
        city = rows[at + 1]
        assert city[0] == "Toàn thành phố"
        assert city[1] == pytest.approx(result.city.numerator)
        assert city[3] == ("–" if result.city.value is None else
                           pytest.approx(result.city.value, abs=1e-6))
        if result.city.target is not None:
            assert city[5] == ("Đạt" if result.city.met else "Chưa đạt")
        count = result.indicator.measure == "count"
        with_value = [w for w in result.wards if w.value]   # a result, and not a count of 0
        if not count:
            with_value = [w for w in result.wards if w.value is not None]
        empty = [w.label for w in result.wards if w not in with_value]
        shown = len(result.lines()) - len(empty)
        lines = rows[at + 1: at + 1 + shown]
        assert [r[0] for r in lines[len(lines) - len(with_value):]] == [
            w.label for w in with_value]                    # each ward with a result
        after = [str(r[0] or "") for r in rows[at + 1 + shown: at + 2 + shown]]
        if empty:                                           # the others named on one line
            said = (f"Kết quả 0 ở {len(empty)}" if count else
                    f"Chưa có số liệu (mẫu số 0, kết quả –) ở {len(empty)}")
            assert after == [f"{said} phường, xã: {', '.join(empty)}."]
        else:
            assert not any(a.startswith(("Chưa có số liệu", "Kết quả 0")) for a in after)
    assert any(w.value is None for r in results.indicators for w in r.wards)


def test_tong_hop_has_charts_conditional_formats_and_a4_landscape(report):
    ws = openpyxl.load_workbook(report)["Tổng hợp"]
    assert len(ws._charts) >= 8
    bars = ws._charts[0]
    assert type(bars).__name__ == "BarChart"
    assert [type(c).__name__ for c in bars._charts] == ["BarChart", "LineChart"]  # bars, target
    rules = [(r.operator, r.formula) for cf in ws.conditional_formatting for r in cf.rules]
    assert ("equal", ['"Đạt"']) in rules and ("equal", ['"Chưa đạt"']) in rules
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows


def test_data_sheets_show_labels_and_a_0_1_column_per_choice(report, ward):
    ws = openpyxl.load_workbook(report)["Dữ liệu tieu_thuong_cho"]
    rows = rows_of(ws)
    header = rows[0]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    kinds = header.index("Loại túi, vật liệu gói hàng đang dùng")
    nylon = header.index("Loại túi, vật liệu gói hàng đang dùng: Túi nilon khó phân hủy")
    ward_column = header.index("Phường, xã")
    with Store(ward) as store:
        count = store.count("tieu_thuong_cho")
    assert len(rows) - 1 == count
    for row in rows[1:]:
        assert not str(row[ward_column]).startswith(("phuong_", "xa_"))
        if row[kinds]:
            assert row[nylon] == (1 if "Túi nilon khó phân hủy" in row[kinds] else 0)


def test_review_sheets_list_drafts_and_coverage_counts_every_response(report, ward):
    book = openpyxl.load_workbook(report)
    with Store(ward) as store:
        drafts = sum(n for (_, status), n in store.tally().items() if status == "draft")
        total = store.count()
    assert len(rows_of(book["Phiếu nháp"])) - 1 == drafts
    coverage = rows_of(book["Độ phủ"])
    assert coverage[0][0] == "Số phiếu theo phường, xã"
    end = next(i for i, r in enumerate(coverage) if r[0] == "Số phiếu theo cán bộ khảo sát")
    per_ward = [r for r in coverage[2:end] if r[0]]          # ward, each form, complete, drafts
    assert sum(r[-2] + r[-1] for r in per_ward) == total


def test_the_report_imports_again_unchanged_here_and_new_elsewhere(report, ward, forms, tmp_path):
    with Store(ward) as store:
        everything = store.count(include_deleted=True)
    fresh = jobs.import_files(tmp_path / "city.sqlite", [report], forms)
    assert fresh.counts["new"] == everything and fresh.counts["rejected"] == 0
    again = jobs.import_files(ward, [report], forms, dry_run=True)
    assert again.counts["unchanged"] == everything and again.counts["rejected"] == 0


def test_ward_reports_make_the_same_city_report_as_the_inspectors_workbooks(forms, tmp_path):
    trips = []
    for seed in (11, 12, 13):
        field = tmp_path / f"field-{seed}.sqlite"
        jobs.demo(field, forms, responses=25, seed=seed)
        trips.append(jobs.export_file(field, tmp_path / f"trip-{seed}.xlsx", forms).path)
    ward_a, ward_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    jobs.import_files(ward_a, trips[:2], forms)
    jobs.import_files(ward_b, trips[2:], forms)
    reports = [jobs.report_file(db, tmp_path / f"{db.stem}.xlsx", forms).path
               for db in (ward_a, ward_b)]
    via_wards, direct = tmp_path / "city-wards.sqlite", tmp_path / "city-direct.sqlite"
    assert jobs.import_files(via_wards, reports, forms).counts["rejected"] == 0
    jobs.import_files(direct, trips, forms)
    one, other = (jobs.indicator_results(db, forms) for db in (via_wards, direct))
    assert one.indicators == other.indicators and one.wards == other.wards
    assert (one.counted, one.drafts) == (other.counted, other.drafts) and one.counted > 0
    with Store(via_wards) as a, Store(direct) as b:
        assert ({r.uuid: r.version for r in a.responses(include_deleted=True)}
                == {r.uuid: r.version for r in b.responses(include_deleted=True)})


def test_the_report_in_english(ward, forms, tmp_path):
    stats = jobs.report_file(ward, tmp_path / "city-en.xlsx", forms, language="en")
    book = openpyxl.load_workbook(stats.path)
    assert "Summary" in book.sheetnames and "Data tieu_thuong_cho" in book.sheetnames
    assert ["Scope", "Numerator", "Denominator", "Result", "Target", "Assessment"] in [
        r[:6] for r in rows_of(book["Summary"])]


def test_an_unwritable_report_leaves_no_file(ward, forms, tmp_path):
    target = tmp_path / "no-such-folder" / "r.xlsx"
    with pytest.raises(SurveyError) as raised:
        jobs.report_file(ward, target, forms)
    assert raised.value.problem is Problem.WORKBOOK_UNWRITABLE
    assert not target.parent.exists()


@pytest.mark.slow
def test_libreoffice_opens_the_report_and_its_resave_still_imports(report, ward, forms,
                                                                    resave, tmp_path):
    saved = resave(report)
    book = openpyxl.load_workbook(saved)
    assert "Tổng hợp" in book.sheetnames
    with Store(ward) as store:
        everything = store.count(include_deleted=True)
    fresh = jobs.import_files(tmp_path / "after-libreoffice.sqlite", [saved], forms)
    assert fresh.counts["new"] == everything and fresh.counts["rejected"] == 0
    again = jobs.import_files(ward, [saved], forms, dry_run=True)
    assert again.counts["unchanged"] == everything


def test_the_command_line_writes_the_report_and_merge_writes_one_too(ward, report, tmp_path):
    env_home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}

    def surveyor(*args: str) -> subprocess.CompletedProcess:
        import os

        return subprocess.run([sys.executable, "-m", "surveyor", *args], capture_output=True,
                              text=True, env={**os.environ, **env_home}, timeout=300,
                              check=False)
    run = surveyor("--db", str(ward), "report", "-o", str(tmp_path / "r.xlsx"), "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert "kcn_ccn_huong_dan_ap_dung" in run.stdout and (tmp_path / "r.xlsx").is_file()
    merged = surveyor("merge", str(report), "-o", str(tmp_path / "city.xlsx"))
    assert merged.returncode == 0, merged.stderr
    assert "Tổng hợp" in openpyxl.load_workbook(tmp_path / "city.xlsx").sheetnames


def test_review_sheets_name_failed_checks_drafts_and_rows_edited_outside(forms, tmp_path):
    from surveyor.core.responses import DRAFT, Response, new_uuid

    form = jobs.catalog().latest()["tieu_thuong_cho"]
    field, office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    bad, draft, edited = new_uuid(), new_uuid(), new_uuid()
    with Store(field) as store:
        for uuid, status, bags in ((bad, "complete", -5), (draft, DRAFT, 3), (edited, "complete", 7)):
            store.save(Response(uuid, form.form_id, form.version, status=status, inspector="Lan",
                                answers={"ten_co_so": f"Quầy {bags}", "so_tui_ngay": bags,
                                         "phuong_xa": "phuong_hoan_kiem"}), who="Lan")
    trip = jobs.export_file(field, tmp_path / "trip.xlsx", forms).path
    book = openpyxl.load_workbook(trip)                 # someone edits a cell in Excel
    sheet = book["tieu_thuong_cho"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("_uuid")].value == edited)
    row[header.index("ten_co_so")].value = "Quầy sửa trong Excel"
    book.save(trip)
    assert jobs.import_files(office, [trip], forms).counts["edited_outside"] == 1
    book = openpyxl.load_workbook(jobs.report_file(office, tmp_path / "r.xlsx", forms).path)
    failed = rows_of(book["Kiểm tra sai"])[1:]
    assert [(r[0], r[7], r[8], r[9], r[10]) for r in failed] == [
        (bad, "Số túi nilon phát cho khách trung bình mỗi ngày (chiếc)", "-5", "Ràng buộc",
         "Không được âm")]
    assert [r[0] for r in rows_of(book["Phiếu nháp"])[1:]] == [draft]
    assert [(r[0], r[2]) for r in rows_of(book["Sửa ngoài"])[1:]] == [
        (edited, "Quầy sửa trong Excel")]


def test_the_report_carries_the_photos_on_to_the_next_level(tmp_path):
    """A ward's consolidated workbook holds the files its answers name, so the department's
    store gets them with the answers (the demo attaches photos to some responses)."""
    from surveyor.core import jobs
    from surveyor.core.store import Store

    forms = jobs.catalog().forms
    ward, department = tmp_path / "ward.sqlite", tmp_path / "department.sqlite"
    jobs.demo(ward, forms, responses=30, seed=4)
    with Store(ward) as store:
        files, size = store.media.count()
    assert files > 0, "the demo attached no photo: the test would say nothing"
    book = tmp_path / "phuong.xlsx"
    jobs.report_file(ward, book, forms)
    report = jobs.import_files(department, [book], forms)
    assert report.counts["rejected"] == 0
    with Store(department) as store:
        assert store.media.count() == (files, size)
