"""Shared fixtures. Keep them tiny; a test module owns anything only it needs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures" / "xlsforms"


@pytest.fixture
def xlsform_fixtures() -> Path:
    """The public XLSForms of ../shared/fixtures/xlsforms (skipped, with the reason, if absent)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"public XLSForm fixtures not found at {SHARED_FIXTURES}")
    return SHARED_FIXTURES
