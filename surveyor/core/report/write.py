"""Writing the consolidated workbook: the sync sheets first, so the file imports at the next
level exactly like an inspector's workbook, then the sheets for people (Tổng hợp, data with
labels, review, coverage). xlsxwriter in constant-memory mode, atomic (temp file, rename).

The sync sheets are the export's own (workbook.write fills them into this book, `_manifest`
and `_dictionary` included; the manifest lists only them, so an import ignores the rest). Then
one pass over the current responses writes the data and review sheets and tallies the
indicators; Tổng hợp, added before them, is filled last. Excel opens on Tổng hợp.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.forms.model import Form, FormKey
from surveyor.core.progress import SILENT, Progress
from surveyor.core.report.compute import Results, Tally
from surveyor.core.report.indicators import Definitions
from surveyor.core.report.people import PeopleSheets
from surveyor.core.report.review import ReviewSheets
from surveyor.core.report.summary import SummarySheet, summary_formats
from surveyor.core.report.words import words
from surveyor.core.store import Store
from surveyor.core.sync.export import export_manifest
from surveyor.core.workbook.media import MediaWriter
from surveyor.core.workbook.write import (  # the export's own sheets, written as it does
    fill_sync_sheets,
    write_atomically,
)

PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ReportStats:
    path: Path
    rows: Mapping[str, int]          # sync sheet -> data rows written (as an export says)
    sheets: tuple[str, ...]          # every sheet, in order
    results: Results


def _formats(book) -> dict:
    formats = summary_formats(book)
    formats.update({"text": book.add_format({"quote_prefix": True}),
                    "date": book.add_format({"num_format": "yyyy-mm-dd"}),
                    "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})})
    return formats


def _fill(book, store: Store, forms: Mapping[FormKey, Form], definitions: Definitions, *,
          who: str, language: str, progress: Progress, moment: dt.datetime) -> ReportStats:
    everything = store.count(include_deleted=True)
    current = store.count()
    total = everything + current + 1
    sync = fill_sync_sheets(book, forms, store.responses(include_deleted=True),
                            export_manifest(store, who=who), progress.part(0, everything, total),
                            everything, MediaWriter(store.media))   # files travel on too
    word, formats = words(language), _formats(book)
    summary = SummarySheet(book, word)
    people = PeopleSheets(book, forms, word, language, formats)
    review = ReviewSheets(book, forms, word, language, formats, moment)
    tally = Tally(definitions, forms, language=language, now=moment)
    for done, response in enumerate(store.responses(), start=1):
        if done % PROGRESS_EVERY == 1:
            progress.step(everything + done - 1, total, "")
        people.add(response)
        review.add(response)
        tally.add(response)
    people.finish()
    review.finish(store)
    results = tally.results()
    summary.write(results, formats)
    progress.step(total - 1, total, "")
    sheets = tuple(sheet.name for sheet in book.worksheets())    # in the order written
    return ReportStats(Path(), {s.layout.name: s.rows for s in sync}, sheets, results)


def write_report(store: Store, path: str | Path, forms: Mapping[FormKey, Form],
                 definitions: Definitions, *, who: str, language: str = "vi",
                 progress: Progress = SILENT, now: dt.datetime | None = None) -> ReportStats:
    """Write the consolidated workbook of the store atomically; `language` 'vi' or 'en'."""
    path = Path(path)
    moment = now or dt.datetime.now().replace(microsecond=0)
    stats = write_atomically(path, lambda book: _fill(
        book, store, forms, definitions, who=who, language=language, progress=progress,
        moment=moment))
    progress.report(1, 1, "")
    return ReportStats(path, stats.rows, stats.sheets, stats.results)
