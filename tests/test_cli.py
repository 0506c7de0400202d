"""The command line as a person runs it: a real process, real files, exit codes from DESIGN.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from surveyor.paths import forms_dir

KEYS = {"new", "updated", "unchanged", "stale", "conflicts", "edited_outside",
        "possible_duplicates", "rejected"}


def surveyor(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run([sys.executable, "-m", "surveyor", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_bundled_forms_check_clean(home):
    files = sorted(forms_dir().glob("*.xlsx"))        # the three forms and indicators.xlsx
    assert sorted(p.name for p in files) == ["co_so_san_xuat.xlsx", "indicators.xlsx",
                                             "sieu_thi_ttm.xlsx", "tieu_thuong_cho.xlsx"]
    run = surveyor("form", "check", *map(str, files), home=home)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("usable as is") == 4
    assert "co_so_san_xuat" in run.stdout and "126" not in run.stderr


def test_form_check_refuses_a_file_that_is_not_a_workbook(tmp_path, home):
    fake = tmp_path / "form.xlsx"
    fake.write_text("this is not a workbook")
    run = surveyor("form", "check", str(fake), home=home)
    assert run.returncode == 1
    assert str(fake) in run.stdout and "Traceback" not in run.stdout + run.stderr


def test_usage_errors_exit_2(home):
    assert surveyor("export", home=home).returncode == 2        # -o is required
    assert surveyor("no-such-command", home=home).returncode == 2
    assert surveyor("demo", "--responses", "-3", home=home).returncode == 2


def test_demo_export_import_round_trip_through_the_cli(tmp_path, home):
    field, office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    out = tmp_path / "trip.xlsx"
    assert surveyor("--db", str(field), "demo", "--responses", "12", home=home).returncode == 0
    export = surveyor("--db", str(field), "export", "-o", str(out), home=home)
    assert export.returncode == 0, export.stderr
    sheets = CalamineWorkbook.from_path(str(out)).sheet_names
    assert {"co_so_san_xuat", "_manifest", "_dictionary"} <= set(sheets)

    first = surveyor("--db", str(office), "import", str(out), "--json", home=home)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert KEYS <= set(report) and report["new"] == 12 and report["rejected"] == 0

    again = json.loads(surveyor("--db", str(office), "import", str(out), "--json",
                                home=home).stdout)
    assert again["unchanged"] == 12 and again["new"] == 0 and again["updated"] == 0

    history = surveyor("--db", str(office), "history", home=home)
    assert history.returncode == 0 and history.stdout.count("trip.xlsx") == 2


def test_undo_import_and_backups(tmp_path, home):
    field, office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    out = tmp_path / "trip.xlsx"
    surveyor("--db", str(field), "demo", "--responses", "5", home=home)
    surveyor("--db", str(field), "export", "-o", str(out), home=home)
    surveyor("--db", str(office), "import", str(out), home=home)
    assert "total: 5 responses" in surveyor("--db", str(office), "status", home=home).stdout
    undo = surveyor("--db", str(office), "undo-import", "1", home=home)
    assert undo.returncode == 0, undo.stderr
    status = surveyor("--db", str(office), "status", home=home).stdout
    assert "no responses yet" in status
    assert surveyor("--db", str(office), "undo-import", "1", home=home).returncode == 1
    assert surveyor("--db", str(office), "undo-import", "99", home=home).returncode == 1
    backups = surveyor("--db", str(office), "backups", home=home).stdout.split()
    assert backups and all(Path(b).exists() for b in backups)


def test_a_refused_workbook_exits_1_naming_the_file_and_changes_nothing(tmp_path, home):
    office = tmp_path / "office.sqlite"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    run = surveyor("--db", str(office), "import", str(broken), home=home)
    assert run.returncode == 1
    assert "broken.xlsx" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert "no responses yet" in surveyor("--db", str(office), "status", home=home).stdout


def test_dry_run_writes_nothing(tmp_path, home):
    field, office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    out = tmp_path / "trip.xlsx"
    surveyor("--db", str(field), "demo", "--responses", "4", home=home)
    surveyor("--db", str(field), "export", "-o", str(out), home=home)
    dry = surveyor("--db", str(office), "import", "--dry-run", "--json", str(out), home=home)
    assert json.loads(dry.stdout)["new"] == 4
    assert "no responses yet" in surveyor("--db", str(office), "status", home=home).stdout


def test_merge_writes_one_workbook_from_many(tmp_path, home):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    surveyor("--db", str(a), "demo", "--responses", "6", "--seed", "1", home=home)
    surveyor("--db", str(b), "demo", "--responses", "6", "--seed", "2", home=home)
    surveyor("--db", str(a), "export", "-o", str(tmp_path / "a.xlsx"), home=home)
    surveyor("--db", str(b), "export", "-o", str(tmp_path / "b.xlsx"), home=home)
    out = tmp_path / "all.xlsx"
    run = surveyor("merge", str(tmp_path / "a.xlsx"), str(tmp_path / "b.xlsx"), "-o", str(out),
                   home=home)
    assert run.returncode == 0, run.stderr
    book = CalamineWorkbook.from_path(str(out))
    uuids = set()
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python()
        if rows and rows[0] and rows[0][0] == "_uuid":
            uuids |= {row[0] for row in rows[1:]}
    assert len(uuids) == 12


HEAVY = ("pyxform", "pandas", "numpy", "sqlite_utils", "openpyxl")


def loaded_by(args: list[str], home: Path) -> list[str]:
    """The heavy modules a CLI command loads, run in a fresh interpreter."""
    code = ("import sys; from surveyor.cli import main; code = main(sys.argv[1:]); "
            f"print('loaded:', *[m for m in {HEAVY!r} if m in sys.modules]); sys.exit(code)")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1].split()[1:]


def test_an_import_into_a_store_loads_no_heavy_library(tmp_path, home):
    """A clerk's `surveyor import` starts fast: with the forms parsed once (kept beside the
    store), an import into the store loads neither pyxform nor pandas (nor sqlite-utils, which
    would pull pandas in); a new store's first migration loads sqlite-utils without pandas."""
    field, office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
    out = tmp_path / "trip.xlsx"
    assert surveyor("--db", str(field), "demo", "--responses", "12", home=home).returncode == 0
    assert surveyor("--db", str(field), "export", "-o", str(out), home=home).returncode == 0
    first = loaded_by(["--db", str(office), "import", str(out)], home)
    assert "pandas" not in first and "numpy" not in first and "sqlite_utils" in first
    again = loaded_by(["--db", str(office), "import", str(out)], home)
    assert again == []
