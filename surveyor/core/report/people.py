"""The data sheets for people: one per form and per repeat, labels instead of codes, one 0/1
column per choice of a select_multiple, a frozen header, an autofilter and sensible widths.

Rows are written as the responses stream in (xlsxwriter's constant-memory mode: each sheet
keeps its next row), a row's cells gathered and then written at once (rowxml.RowBuffer), in
parts past Excel's rows (parts.py).
Current responses that are not deleted, drafts included (their status says so). The columns
are those of the sync sheet (workbook.layout: the union of the versions), labelled in the
report's language from the newest version that has the question.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from surveyor.core.forms.languages import form_language
from surveyor.core.forms.model import Form, FormKey, Question, version_order
from surveyor.core.report.parts import PartedSheet
from surveyor.core.responses import COMPLETE, Response, canonical
from surveyor.core.workbook.layout import SheetLayout, layouts
from surveyor.core.workbook.sheet import SURELY_FITS

NAME_LIMIT = 31
NAME_KEY = "ten_co_so"            # the establishment's name, shown beside its repeat rows
WIDTH = {"text": 28, "label": 24, "labels": 30, "flag": 9, "number": 12, "date": 12,
         "datetime": 19}
KIND_OF = {"integer": "number", "decimal": "number", "range": "number", "calculate": "number",
           "date": "date", "today": "date", "datetime": "datetime", "start": "datetime",
           "end": "datetime"}


def people_sheet_name(prefix: str, name: str) -> str:
    """`<prefix> <sheet>` cut to Excel's 31 characters with a stable suffix."""
    wanted = f"{prefix} {name}"
    if len(wanted) <= NAME_LIMIT:
        return wanted
    suffix = "~" + hashlib.sha256(wanted.encode("utf-8")).hexdigest()[:6]
    return wanted[:NAME_LIMIT - len(suffix)] + suffix


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    kind: str                        # text number date datetime label labels flag
    labels: Mapping[str, str]        # choice name -> label (kinds label, labels)
    choice: str = ""                 # kind flag: the choice its 0/1 stands for


def _choice_labels(form: Form, question: Question, language: str) -> dict[str, str]:
    labels = {c.name: form.text(c.labels, language) for c in question.choices}
    if question.or_other:
        labels.setdefault("other", "other")
    return labels


def _columns(layout: SheetLayout, forms: Mapping[FormKey, Form], language: str) -> list[Column]:
    versions = sorted((forms[(layout.form_id, v)] for v in layout.versions),
                      key=lambda f: version_order(f.version), reverse=True)
    newest: dict[str, tuple[Form, Question]] = {}
    for form in versions:
        for question in form.questions():
            newest.setdefault(question.key, (form, question))
    columns: list[Column] = []
    for key in layout.columns[len(layout.system):]:
        form, question = newest[key]
        lang = form_language(form, language)
        label = form.text(question.labels, lang) or key
        if question.type in ("select_one", "select_multiple"):
            labels = _choice_labels(form, question, lang)
            columns.append(Column(label, key, "label" if question.type == "select_one"
                                  else "labels", labels))
            if question.type == "select_multiple":
                columns += [Column(f"{label}: {text}", key, "flag", {}, name)
                            for name, text in labels.items()]
        else:
            columns.append(Column(label, key, KIND_OF.get(question.type, "text"), {}))
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.header] = seen.get(column.header, 0) + 1
    return [Column(f"{c.header} ({c.key})", c.key, c.kind, c.labels, c.choice)
            if seen[c.header] > 1
            and c.kind != "flag" else c for c in columns]


class PeopleSheet:
    """One data sheet for people being written (in parts past Excel's rows: parts.py)."""

    def __init__(self, book, layout: SheetLayout, columns: list[Column], base: list[str],
                 formats: Mapping, prefix: str):
        self.layout, self.columns, self.base = layout, columns, base
        self.out = PartedSheet(
            book, people_sheet_name(prefix, layout.name), [*base, *(c.header for c in columns)],
            [20 if col else 36 for col in range(len(base))] + [WIDTH[c.kind] for c in columns],
            formats, height=45)
        self.plan = tuple((col, c.key, c.kind, c.labels, c.choice)
                          for col, c in enumerate(columns, start=len(base)))

    @property
    def rows(self) -> int:
        return self.out.rows

    def write(self, lead: list[object], answers: Mapping[str, object]) -> None:
        """One row. The common cells (plain text, finite numbers) go straight to xlsxwriter;
        anything unusual through the sync sheet's cell writers (rich-string-shaped text,
        dates, very long text)."""
        out = self.out
        row = out.next_row()
        put_text, put_number, writers = out.put_text, out.put_number, out.writers
        safe = writers["text"]
        for col, value in enumerate(lead):
            if value:
                safe(row, col, value)
        picked_key, picked = None, ()
        for col, key, kind, labels, choice in self.plan:
            value = answers.get(key)
            if value is None or value == "":
                continue
            if kind == "flag":
                if key != picked_key:
                    picked_key, picked = key, set((canonical(value) or "").split())
                put_number(row, col, 1 if choice in picked else 0)
                continue
            if kind == "number" and (value.__class__ is int or value.__class__ is float
                                     and value - value == 0.0):
                put_number(row, col, value)
                continue
            if kind == "label":
                name = value if value.__class__ is str else canonical(value) or ""
                value = labels.get(name, name)
            elif kind == "labels":
                value = "; ".join(labels.get(n, n) for n in (canonical(value) or "").split())
            elif kind != "text":
                writers[kind](row, col, value)
                continue
            if value.__class__ is str and 0 < len(value) <= SURELY_FITS and value[0] != "<":
                put_text(row, col, value)
            else:
                safe(row, col, value)
        out.flush()

    def finish(self) -> None:
        self.out.finish()


class PeopleSheets:
    """Every data sheet for people; `add` writes one response (and its repeat rows)."""

    def __init__(self, book, forms: Mapping[FormKey, Form], word: Callable[..., str],
                 language: str, formats: Mapping):
        self.word, self.sheets = word, {}
        prefix = word("sheet.data")
        main = [word("h.uuid"), word("h.status"), word("h.inspector"), word("h.created"),
                word("h.updated")]
        repeat = [word("h.parent"), word("h.name"), word("h.row")]
        for layout in layouts(forms):
            columns = _columns(layout, forms, language)
            base = main if layout.repeat is None else repeat
            self.sheets[(layout.form_id, layout.repeat)] = PeopleSheet(
                book, layout, columns, base, formats, prefix)

    def worksheets(self) -> list:
        """Every worksheet made here, each sheet's parts together, in the order made."""
        return [ws for sheet in self.sheets.values() for ws in sheet.out.parts]

    def add(self, response: Response) -> None:
        sheet = self.sheets.get((response.form_id, None))
        if sheet is None:
            return
        status = self.word("complete" if response.status == COMPLETE else "draft")
        sheet.write([response.uuid, status, response.inspector, response.created_at.replace(
            "T", " "), response.updated_at.replace("T", " ")], response.answers)
        name = canonical(response.answers.get(NAME_KEY)) or ""
        for row in sorted(response.repeats, key=lambda r: (r.repeat, r.parent_index, r.index)):
            target = self.sheets.get((response.form_id, row.repeat))
            if target is not None:
                index = ".".join(map(str, (*row.parent_index, row.index)))
                target.write([response.uuid, name, index], row.answers)

    def finish(self) -> None:
        for sheet in self.sheets.values():
            sheet.finish()

