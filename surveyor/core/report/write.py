"""Writing the consolidated workbook: the sync sheets first, so the file imports at the next
level exactly like an inspector's workbook, then the sheets for people (Tổng hợp, data with
labels, review, coverage). xlsxwriter in constant-memory mode, atomic (temp file, rename).

The sync sheets are the export's own (workbook.write fills them into this book, `_manifest`
and `_dictionary` included; the manifest lists only them, so an import ignores the rest). One
pass over the store feeds both: each response goes onto the sync sheets, and a current one (not
deleted) onto the data and review sheets and into the indicators' tally. The sheets for people
are made at the pass's first response and moved after every sync sheet at its end; Tổng hợp,
the first of them, is filled last. Excel opens on Tổng hợp.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
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
from surveyor.core.responses import Response
from surveyor.core.store import Store
from surveyor.core.sync.export import dismissed_pairs, export_manifest
from surveyor.core.workbook.media import MediaWriter
from surveyor.core.workbook.write import (  # the export's own sheets, written as it does
    fill_sync_sheets,
    write_atomically,
)


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


class _People:
    """The sheets for people, made when the sync data sheets exist (at the first response of
    the one pass), and fed each current response that pass gives the sync sheets."""

    def __init__(self, book, forms: Mapping[FormKey, Form], definitions: Definitions, *,
                 language: str, moment: dt.datetime):
        self.book, self.forms, self.definitions = book, forms, definitions
        self.language, self.moment = language, moment
        self.made: list | None = None            # the worksheets made here, in order

    def make(self) -> None:
        if self.made is not None:
            return
        before = len(self.book.worksheets())
        word, self.formats = words(self.language), _formats(self.book)
        self.summary = SummarySheet(self.book, word)
        self.people = PeopleSheets(self.book, self.forms, word, self.language, self.formats)
        self.review = ReviewSheets(self.book, self.forms, word, self.language, self.formats,
                                   self.moment)
        self.tally = Tally(self.definitions, self.forms, language=self.language,
                           now=self.moment)
        self.made = self.book.worksheets()[before:]

    def worksheets(self) -> list:
        """The sheets for people in the order people read them: Tổng hợp, each data sheet
        with its parts, each review sheet with its parts, coverage."""
        ordered = [self.summary.ws, *self.people.worksheets(), *self.review.worksheets()]
        if not {id(ws) for ws in self.made or ()} <= {id(ws) for ws in ordered}:
            raise RuntimeError("a sheet for people is missing from the report's order")
        return ordered

    def stream(self, responses: Iterable[Response]) -> Iterator[Response]:
        """Every response as it goes to the sync sheets; a current one (not deleted) then onto
        the data and review sheets and into the tally."""
        self.make()
        people, review, tally = self.people.add, self.review.add, self.tally.add
        for response in responses:
            yield response
            if not response.deleted:
                people(response)
                review(response)
                tally(response)


def _order_sheets(book, ours: list) -> None:
    """Put the sheets made for people (`ours`, in their order) after every sync sheet (in
    the order made).

    One pass over the store feeds both, so the sync sheets that fill_sync_sheets adds after
    the data (parts of a long sheet, _media, _media_data, _manifest, _dictionary) were made
    after ours, and a part of a long sheet for people after the review sheets. xlsxwriter
    numbers sheets by `index` (the defined names of autofilters and print titles, the active
    sheet) from its list `worksheets_objs` only when the book is closed, so reordering both
    before anything is activated moves the sheets whole."""
    mine = {id(ws) for ws in ours}
    sheets = book.worksheets_objs
    sheets[:] = [ws for ws in sheets if id(ws) not in mine] + list(ours)
    for index, ws in enumerate(sheets):
        ws.index = index
    if [ws.index for ws in book.worksheets()] != list(range(len(sheets))):
        raise RuntimeError("xlsxwriter's worksheet list could not be reordered")


def _fill(book, store: Store, forms: Mapping[FormKey, Form], definitions: Definitions, *,
          who: str, language: str, progress: Progress, moment: dt.datetime) -> ReportStats:
    everything = store.count(include_deleted=True)
    total = everything + 1
    ours = _People(book, forms, definitions, language=language, moment=moment)
    sync = fill_sync_sheets(book, forms, ours.stream(store.responses(include_deleted=True)),
                            export_manifest(store, who=who), progress.part(0, everything, total),
                            everything, MediaWriter(store.media),   # files travel on too
                            dismissed_pairs(store, forms))          # and dismissed pairs
    ours.make()                          # made at the first response (a generator's first step)
    ours.people.finish()
    ours.review.finish(store)
    results = ours.tally.results()
    _order_sheets(book, ours.worksheets())       # every sheet is made; Tổng hợp activates next
    ours.summary.write(results, ours.formats)
    progress.step(total - 1, total, "")
    sheets = tuple(sheet.name for sheet in book.worksheets())    # in the book's order
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
