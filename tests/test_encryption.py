"""Password-protected workbooks: export --password writes Office's agile encryption, which
another library (msoffcrypto + openpyxl) and LibreOffice open with the password; import takes it;
a missing or wrong password is a clear refusal and the store stays as it was."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from test_cli import surveyor

from surveyor.core import jobs
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.workbook.crypt import is_encrypted

PASSWORD = "Sở Công Thương 2026!"
LO_SCRIPT = Path(__file__).parent / "tools" / "lo_resave_protected.py"


def dump(db: Path) -> list:
    con = sqlite3.connect(db)
    try:
        return [(name, sorted(map(repr, con.execute(f'SELECT * FROM "{name}"'))))
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        con.close()


@pytest.fixture(scope="module")
def protected(tmp_path_factory) -> tuple[Path, Path, dict]:
    """(a field store, its export protected by PASSWORD, the forms)."""
    root = tmp_path_factory.mktemp("protected")
    forms = jobs.catalog().forms
    field = root / "field.sqlite"
    jobs.demo(field, forms, responses=12, seed=3)
    book = root / "chuyen-di.xlsx"
    stats = jobs.export_file(field, book, forms, password=PASSWORD)
    assert stats.path == book
    return field, book, forms


def test_the_export_is_encrypted_and_another_library_opens_it_with_the_password(protected):
    field, book, forms = protected
    assert is_encrypted(book) and not zipfile.is_zipfile(book)
    plain = io.BytesIO()
    with open(book, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password=PASSWORD, verify_password=True)
        office.decrypt(plain)
    sheets = openpyxl.load_workbook(plain, read_only=True).sheetnames
    assert "_manifest" in sheets and "co_so_san_xuat" in sheets
    assert not list(book.parent.glob(".*.tmp")), "a temporary file was left behind"


def test_import_with_the_password_brings_every_response(protected, tmp_path):
    field, book, forms = protected
    report = jobs.import_files(tmp_path / "office.sqlite", [book], forms, password=PASSWORD)
    assert report.counts["new"] == 12 and report.counts["rejected"] == 0
    assert report.files[0].name == book.name          # the person's file, not a temporary one
    again = jobs.import_files(tmp_path / "office.sqlite", [book], forms, password=PASSWORD)
    assert again.counts["unchanged"] == 12


def test_without_the_password_the_file_is_refused_and_nothing_changes(protected, tmp_path):
    field, book, forms = protected
    office = tmp_path / "office.sqlite"
    jobs.demo(office, forms, responses=3, seed=9)
    before = dump(office)
    report = jobs.import_files(office, [book], forms)
    [refused] = report.rejected
    assert refused.problem == Problem.PASSWORD_NEEDED.name
    assert book.name in refused.message and "password" in refused.message
    assert dump(office) == before


def test_a_wrong_password_is_refused_and_nothing_changes(protected, tmp_path):
    field, book, forms = protected
    office = tmp_path / "office.sqlite"
    jobs.demo(office, forms, responses=3, seed=9)
    before = dump(office)
    with pytest.raises(SurveyError) as refused:
        jobs.import_files(office, [book], forms, password="sai mật khẩu")
    assert refused.value.problem is Problem.PASSWORD_WRONG
    assert dump(office) == before


def test_an_empty_password_protects_nothing_and_is_refused(protected, tmp_path):
    field, _, forms = protected
    with pytest.raises(SurveyError) as refused:
        jobs.export_file(field, tmp_path / "x.xlsx", forms, password="")
    assert refused.value.problem is Problem.PASSWORD_EMPTY
    assert not (tmp_path / "x.xlsx").exists()


def test_the_command_line_exports_and_imports_with_a_password(tmp_path):
    home, field, office = tmp_path / "home", tmp_path / "f.sqlite", tmp_path / "o.sqlite"
    book = tmp_path / "trip.xlsx"
    surveyor("--db", str(field), "demo", "--responses", "4", home=home)
    run = surveyor("--db", str(field), "export", "-o", str(book), "--password", PASSWORD,
                   home=home)
    assert run.returncode == 0, run.stderr
    assert is_encrypted(book)
    missing = surveyor("--db", str(office), "import", str(book), home=home)   # no terminal
    assert missing.returncode == 1 and "protected by a password" in missing.stdout + missing.stderr
    wrong = surveyor("--db", str(office), "import", str(book), "--password", "x", home=home)
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    assert "Traceback" not in wrong.stderr + missing.stderr
    right = surveyor("--db", str(office), "import", str(book), "--password", PASSWORD,
                     "--json", home=home)
    assert right.returncode == 0, right.stderr
    assert json.loads(right.stdout)["new"] == 4


@pytest.fixture(scope="module")
def uno_python() -> str:
    """The system python3 with LibreOffice's UNO bridge (apt: python3-uno); required in CI."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    found = python and subprocess.run([python, "-c", "import uno"], capture_output=True,
                                      check=False).returncode == 0
    if not found or not shutil.which("soffice"):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice with python3-uno is required in CI")
        pytest.skip("LibreOffice's python3-uno is not installed")
    return python


@pytest.mark.slow
def test_libreoffice_opens_it_with_the_password_only_and_its_copy_imports_unchanged(
        protected, uno_python, tmp_path):
    field, book, forms = protected

    def resave(password: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [uno_python, str(LO_SCRIPT), str(book), str(tmp_path / "lo.xlsx"), password,
             str(tmp_path / f"profile-{len(password)}")],
            capture_output=True, text=True, timeout=240, check=False)

    assert resave("sai mật khẩu").returncode == 3          # LibreOffice refuses a wrong one
    opened = resave(PASSWORD)
    assert opened.returncode == 0, opened.stderr
    report = jobs.import_files(field, [tmp_path / "lo.xlsx"], forms)
    assert report.counts["unchanged"] == 12 and report.counts["rejected"] == 0
