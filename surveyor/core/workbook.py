"""The sync workbook (CONTRACT STUB: the signatures below are the agreed API; fill them in).

Written with xlsxwriter (constant memory, formula-safe, atomic), read with python-calamine
(hardened: size limits, checked against the forms). See DESIGN.md "Workbook: the sync format".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from surveyor.core.forms import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response

FORMAT_VERSION = "1"
FormKey = tuple[str, str]        # (form_id, version)


@dataclass(frozen=True)
class IncomingRow:
    """One response read from a workbook, with where it came from."""

    response: Response           # version/history/edited_outside=False as the cells say
    stated_hash: str             # the _hash cell
    sheet: str
    row: int                     # 1-based sheet row (header is row 1)


@dataclass(frozen=True)
class WorkbookRead:
    file: str
    sha256: str
    manifest: Mapping[str, str]
    rows: list[IncomingRow]


@dataclass(frozen=True)
class ExportStats:
    path: Path
    rows: Mapping[str, int]      # sheet name -> data rows written


def sheet_name(form_id: str, repeat: str | None = None) -> str:
    """`form_id` or `form_id.repeat`, cut to Excel's 31 characters with a stable suffix."""
    ...


def write_workbook(path: str | Path, forms: Mapping[FormKey, Form], responses: Iterable[Response],
                   *, manifest: Mapping[str, str], progress: Progress = SILENT,
                   total: int | None = None) -> ExportStats:
    """Write the sync workbook atomically. `responses` is streamed (an iterator is fine)."""
    ...


def read_workbook(path: str | Path, forms: Mapping[FormKey, Form],
                  progress: Progress = SILENT) -> WorkbookRead:
    """Read and check a sync workbook; raise SurveyError naming file/sheet/row/column on the
    first problem (the caller stores nothing from a refused file)."""
    ...
