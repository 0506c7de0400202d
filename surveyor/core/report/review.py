"""The review sheets of the report, for the people who fix the data: open conflicts, possible
duplicates, failed checks, rows edited outside Surveyor, drafts not finalised; and coverage:
responses per ward, per inspector and per survey day (complete ones per form, and drafts).

Failed checks, outside edits, drafts and the coverage counts come from the one pass over the
responses that also writes the data sheets (`add`); conflicts and duplicates are read from the
store at the end (`finish`): sync.conflicts.conflict_view, sync.pairs.duplicate_pairs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from surveyor.core.forms.languages import form_language
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.report.answers import FormNames
from surveyor.core.report.checks import FormChecks
from surveyor.core.report.compute import WARD_KEY, latest_forms, ward_labels
from surveyor.core.report.parts import PartedSheet
from surveyor.core.responses import COMPLETE, Response, canonical
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import conflict_view
from surveyor.core.sync.pairs import duplicate_pairs
from surveyor.core.text import fold
from surveyor.core.workbook.sheet import cell_writers

NAME_KEY, DAY_KEY = "ten_co_so", "today"


class Table:
    """A plain table on its own sheet (in parts past Excel's rows: parts.py): a header, typed
    cells row by row, an autofilter."""

    def __init__(self, book, name: str, headers: Sequence[str], widths: Sequence[int],
                 formats: Mapping):
        self.out = PartedSheet(book, name, headers, widths, formats, height=30)

    @property
    def rows(self) -> int:
        return self.out.rows

    def add(self, values: Sequence[object], kinds: str = "") -> None:
        """One row; `kinds` gives a letter per cell where it is not plain: d date, t datetime."""
        row = self.out.next_row()
        writers = self.out.writers
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            kind = kinds[col] if col < len(kinds) else "."
            if kind == "d":
                writers["date"](row, col, value)
            elif kind == "t":
                writers["datetime"](row, col, value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                writers["number"](row, col, value)
            else:
                writers["text"](row, col, str(value))
        self.out.flush()

    def finish(self) -> None:
        self.out.finish()


class ReviewSheets:
    """The review and coverage sheets, added to the book in the order people read them."""

    def __init__(self, book, forms: Mapping[FormKey, Form], word: Callable[..., str],
                 language: str, formats: Mapping, moment: dt.datetime):
        self.forms, self.word, self.language, self.moment = forms, word, language, moment
        self.wards = ward_labels(forms, language)
        self.titles = {fid: f.title for fid, f in latest_forms(forms).items()}
        self.checks: dict[FormKey, FormChecks] = {}
        w = word
        who = [w("h.uuid"), w("h.form"), w("h.name"), w("h.ward"), w("h.inspector"),
               w("h.updated")]
        who_widths = [36, 16, 34, 22, 20, 19]
        self.conflicts = Table(book, w("sheet.conflicts"), [
            w("h.conflict"), *who, w("h.local"), w("h.incoming"), w("h.fields")],
            [10, *who_widths, 34, 34, 50], formats)
        self.duplicates = Table(book, w("sheet.duplicates"), [
            *who, w("h.other"), w("h.other_name"), w("h.reason")],
            [*who_widths, 36, 34, 28], formats)
        self.failed = Table(book, w("sheet.checks"), [
            *who, w("h.row"), w("h.question"), w("h.answer"), w("h.kind"), w("h.problem")],
            [*who_widths, 8, 40, 24, 14, 50], formats)
        self.outside = Table(book, w("sheet.outside"), [*who, w("h.version")],
                             [*who_widths, 26], formats)
        self.drafts = Table(book, w("sheet.drafts"), [*who, w("h.created")],
                            [*who_widths, 19], formats)
        self.coverage = book.add_worksheet(w("sheet.coverage"))
        self.cover_formats = formats
        self.per_ward: dict[str, Counter] = {}
        self.per_inspector: dict[str, Counter] = {}
        self.per_day: dict[str, Counter] = {}

    def worksheets(self) -> list:
        """Every worksheet made here, each table's parts together, in the order made."""
        return [ws for table in (self.conflicts, self.duplicates, self.failed, self.outside,
                                 self.drafts) for ws in table.out.parts] + [self.coverage]

    def who(self, response: Response) -> list[object]:
        ward = canonical(response.answers.get(WARD_KEY)) or ""
        return [response.uuid, response.form_id, canonical(response.answers.get(NAME_KEY)) or "",
                self.wards.get(ward, ward), response.inspector, response.updated_at]

    def add(self, response: Response) -> None:
        """One current response (not deleted): its failed checks, outside edit, draft status
        and its place in the coverage counts."""
        who = self.who(response)
        for failed in self._checks(response).failed(response, self.moment):
            question, form = failed.question, self._form(response)
            label = form.text(question.labels, form_language(form, self.language)) or question.key
            self.failed.add([*who, failed.row, label, canonical(failed.value) or "",
                             self.word(failed.kind), failed.message], ".....t")
        if response.edited_outside:
            self.outside.add([*who, response.version], ".....t")
        if response.status != COMPLETE:
            self.drafts.add([*who, response.created_at], ".....tt")
        column = response.form_id if response.status == COMPLETE else "_drafts"
        ward = canonical(response.answers.get(WARD_KEY)) or ""
        day = (canonical(response.answers.get(DAY_KEY)) or response.created_at)[:10]
        for table, key in ((self.per_ward, ward), (self.per_inspector, response.inspector),
                           (self.per_day, day)):
            table.setdefault(key, Counter())[column] += 1

    def _form(self, response: Response) -> Form:
        return self._checks(response).names.form

    def _checks(self, response: Response) -> FormChecks:
        key = (response.form_id, response.form_version)
        if key not in self.checks:
            form = self.forms.get(key) or latest_forms(self.forms).get(response.form_id) or Form(
                response.form_id, response.form_version, "", "", (), ())
            self.checks[key] = FormChecks(FormNames(form, form_language(form, self.language)))
        return self.checks[key]

    def finish(self, store: Store) -> None:
        for conflict in store.conflicts():
            view = conflict_view(store, conflict.id, self.forms)
            sides = [f"{s.inspector or '–'}, {s.updated_at.replace('T', ' ')}"
                     for s in (view.local, view.incoming)]
            fields = ", ".join(row.field for row in view.differing)
            self.conflicts.add([conflict.id, *self.who(view.local), *sides, fields], "......t")
        pairs = duplicate_pairs(store, self.forms)
        found = store.get_many({u for p in pairs for u in (p.uuid, p.other)})
        for pair in pairs:
            first, other = found.get(pair.uuid), found.get(pair.other)
            if first is None or other is None:
                continue
            name = canonical(other.answers.get(NAME_KEY)) or ""
            self.duplicates.add([*self.who(first), other.uuid, name, self.word(pair.reason)
                                 if pair.reason in ("same_tax_code", "same_name_in_ward")
                                 else pair.reason], ".....t")
        for table in (self.conflicts, self.duplicates, self.failed, self.outside, self.drafts):
            table.finish()
        self._write_coverage()

    def _write_coverage(self) -> None:
        ws, w, formats = self.coverage, self.word, self.cover_formats
        forms = sorted(self.titles)
        ws.set_column(0, 0, 34)
        ws.set_column(1, len(forms) + 2, 16)
        writers, row = cell_writers(ws, formats), 0
        for title, counts, kind in ((w("cov.ward"), self.per_ward, "ward"),
                                    (w("cov.inspector"), self.per_inspector, "inspector"),
                                    (w("cov.day"), self.per_day, "day")):
            ws.write_string(row, 0, title, formats["title"])
            row += 1
            headers = [w({"ward": "h.ward", "inspector": "h.inspector", "day": "h.day"}[kind]),
                       *forms, w("h.complete"), w("h.drafts")]
            for col, header in enumerate(headers):
                ws.write_string(row, col, header, formats["head"])
            row += 1
            for key in sorted(counts, key=lambda k: fold(self._cover_label(kind, k))):
                counter = counts[key]
                label = self._cover_label(kind, key)
                if kind == "day" and len(key) == 10:
                    writers["date"](row, 0, key)
                else:
                    writers["text"](row, 0, label)
                for col, form_id in enumerate(forms, start=1):
                    ws.write_number(row, col, counter.get(form_id, 0))
                ws.write_number(row, len(forms) + 1, sum(counter[f] for f in forms))
                ws.write_number(row, len(forms) + 2, counter.get("_drafts", 0))
                row += 1
            row += 1

    def _cover_label(self, kind: str, key: str) -> str:
        if kind == "ward":
            return self.wards.get(key, key) if key else self.word("no_ward")
        return key or self.word("no_key")
