"""Every job a person starts, as the CLI and the window run it: a store path in, a report out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from surveyor import paths
from surveyor.core import jobs
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.progress import Progress


@pytest.fixture
def user_data(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture
def field(tmp_path, forms) -> Path:
    db = tmp_path / "field.sqlite"
    jobs.demo(db, forms, responses=24, seed=5)
    return db


def test_the_catalogue_holds_the_bundled_forms_and_those_the_user_added(user_data, tmp_path):
    assert set(jobs.catalog().latest()) == {"co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm"}
    xlsx = next(paths.forms_dir().glob("sieu_thi_ttm.xlsx"))
    copy = tmp_path / "renamed.xlsx"
    shutil.copyfile(xlsx, copy)
    summary = jobs.add_user_form(copy)
    assert summary.usable and (paths.user_forms_dir() / "renamed.xlsx").is_file()
    assert jobs.catalog().folders[-1] == paths.user_forms_dir()


def test_a_form_that_is_not_usable_is_not_added(user_data, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    summary = jobs.add_user_form(broken)
    assert not summary.usable and summary.error.problem is Problem.FORM_UNREADABLE
    assert not (paths.user_forms_dir() / "broken.xlsx").exists()


def test_status_tallies_in_sql_what_demo_stored(field):
    report = jobs.status(field)
    assert report.total == 24 and report.open_conflicts == 0 and report.imports == 0
    assert {status for _, status in report.tally} <= {"draft", "complete"}


def test_export_reports_its_total_as_the_rows_it_wrote(field, forms, tmp_path):
    seen = []
    stats = jobs.export_file(field, tmp_path / "out.xlsx", forms,
                             progress=Progress(report=lambda d, t, n: seen.append((d, t))))
    book = CalamineWorkbook.from_path(str(stats.path))
    rows = sum(len(book.get_sheet_by_name(s).to_python()) - 1 for s in stats.rows)
    assert rows == sum(stats.rows.values())
    assert seen and seen[-1][0] == seen[-1][1] == jobs.status(field).total


def test_import_dry_run_history_undo_backups_and_restore(field, forms, tmp_path):
    book = jobs.export_file(field, tmp_path / "trip.xlsx", forms).path
    office = tmp_path / "office.sqlite"
    dry = jobs.import_files(office, [book], forms, dry_run=True)
    assert dry.dry_run and dry.counts["new"] == 24 and jobs.status(office).total == 0
    report = jobs.import_files(office, [book], forms)
    assert report.counts["new"] == 24 and jobs.status(office).total == 24
    (record,) = jobs.history(office)
    undo = jobs.undo_import(office, record.id)
    assert undo.backup.is_file() and jobs.status(office).total == 0
    assert undo.backup in jobs.backups(office)
    restored = jobs.restore(office, undo.backup)
    assert restored.previous is not None and jobs.status(office).total == 24
    with pytest.raises(SurveyError) as refused:
        jobs.undo_import(office, 99)
    assert refused.value.problem is Problem.NO_SUCH_IMPORT


def test_a_refused_file_keeps_its_problem_and_context(forms, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("no")
    (rejected,) = jobs.import_files(tmp_path / "s.sqlite", [bad], forms).rejected
    assert rejected.problem == "NOT_XLSX" and rejected.context["file"] == "bad.xlsx"


def test_merge_writes_one_workbook_of_all_the_files(field, forms, tmp_path):
    book = jobs.export_file(field, tmp_path / "trip.xlsx", forms).path
    result = jobs.merge_files([book, book], tmp_path / "merged.xlsx", forms)
    assert result.report.counts["new"] == 24 and result.report.counts["unchanged"] == 24
    assert result.stats.path.is_file()
