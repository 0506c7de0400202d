"""Shared fixtures. Keep them tiny; a test module owns anything only it needs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures" / "xlsforms"


@pytest.fixture
def store(tmp_path: Path):
    """A real SQLite store in a temporary folder, closed after the test."""
    from surveyor.core.store import Store

    with Store(tmp_path / "surveyor.sqlite") as opened:
        yield opened


@pytest.fixture
def xlsform_fixtures() -> Path:
    """The public XLSForms of ../shared/fixtures/xlsforms (skipped, with the reason, if absent)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"public XLSForm fixtures not found at {SHARED_FIXTURES}")
    return SHARED_FIXTURES


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's soffice. CI must have it (its tests never skip there); elsewhere they skip."""
    import shutil

    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI and was not found")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


@pytest.fixture
def resave(soffice: str, tmp_path: Path):
    """A function: a workbook opened and saved again as .xlsx by LibreOffice headless, as a
    person's spreadsheet program does. Each run has a profile of its own (two conversions
    sharing one lose an output) and the output is checked, since soffice exits 0 on failure."""
    import subprocess
    import uuid
    import zipfile

    def run(source: Path) -> Path:
        tag = uuid.uuid4().hex[:8]
        out, profile = tmp_path / f"libreoffice-{tag}", tmp_path / f"lo-profile-{tag}"
        out.mkdir()
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}",
             "--convert-to", "xlsx", "--outdir", str(out), str(source)],
            check=False, capture_output=True, text=True, timeout=180)
        saved = out / source.name
        assert saved.is_file(), f"LibreOffice wrote nothing: {result.stdout} {result.stderr}"
        with zipfile.ZipFile(saved) as archive:
            assert b"LibreOffice" in archive.read("docProps/app.xml")
        return saved

    return run
