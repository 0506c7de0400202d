"""The catalogue of problems the core reports, and the one exception that carries them.

Templates name the file, sheet, row and column where they apply. They are marked with a no-op
QT_TRANSLATE_NOOP so that pyside6-lupdate finds them without the core importing Qt; the UI
translates the template, then formats it with the context.
"""

from __future__ import annotations

from enum import Enum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Problem(Enum):
    # --- files in general -------------------------------------------------------------------
    FILE_NOT_FOUND = QT_TRANSLATE_NOOP("Problem", "{file}: no such file")
    NOT_XLSX = QT_TRANSLATE_NOOP("Problem", "{file}: not an Excel .xlsx workbook ({detail})")
    FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: too large ({size} bytes; the limit is {limit} bytes)")
    # --- forms (XLSForm) --------------------------------------------------------------------
    FORM_UNREADABLE = QT_TRANSLATE_NOOP("Problem", "{file}: cannot be read as an XLSForm: {detail}")
    FORM_INVALID = QT_TRANSLATE_NOOP("Problem", "{file}: {detail}")
    # --- expressions ------------------------------------------------------------------------
    EXPRESSION_SYNTAX = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: {detail}\n  {text}\n  {caret}")
    # --- sync workbooks ---------------------------------------------------------------------
    SHEET_MISSING = QT_TRANSLATE_NOOP("Problem", "{file}: sheet {sheet} is missing")
    COLUMN_MISSING = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: column {column} is missing")
    UNKNOWN_FORM = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: form {form_id} version {form_version} is not known here")
    BAD_CELL = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: {detail}")
    MISSING_UUID = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column _uuid: the row has no _uuid")
    COLUMN_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: not a question of form "
        "{form_id} version {form_version}, yet the cell is filled")
    TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: the text has {length} "
        "characters; an Excel cell holds at most 32,767")
    UNPACKED_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: unpacks to {size} bytes (the limit is {limit} bytes); refused")
    SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: spans {rows} rows by {columns} columns (the limit is "
        "{limit} cells); refused")
    WORKBOOK_NEWER = QT_TRANSLATE_NOOP(
        "Problem", "{file}: written in sync format {found}; this Surveyor reads up to {known}")
    WORKBOOK_UNWRITABLE = QT_TRANSLATE_NOOP("Problem", "{file}: cannot be written ({detail})")
    REPEAT_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "{file}: response {uuid} has rows of repeat {repeat}, which form {form_id} "
        "version {form_version} does not have")
    # --- store and merge --------------------------------------------------------------------
    STORE_NEWER = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the store has schema version {found}; this Surveyor knows up to {known}")
    NO_SUCH_IMPORT = QT_TRANSLATE_NOOP("Problem", "no import with id {id}")
    IMPORT_ALREADY_UNDONE = QT_TRANSLATE_NOOP("Problem", "import {id} was already undone")
    NO_SUCH_BACKUP = QT_TRANSLATE_NOOP("Problem", "{file}: no such backup")
    STORE_UNREADABLE = QT_TRANSLATE_NOOP("Problem", "{file}: not a Surveyor store ({detail})")
    IMPORT_BUILT_UPON = QT_TRANSLATE_NOOP("Problem", "import {id} cannot be undone: {detail}")
    NO_SUCH_RESPONSE = QT_TRANSLATE_NOOP("Problem", "no response with uuid {uuid}")
    CONFLICT_NOT_OPEN = QT_TRANSLATE_NOOP(
        "Problem", "conflict {id} is not open (unknown or resolved)")
    UUID_TWICE = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column _uuid: {uuid} is also on sheet "
        "{first_sheet}, row {first_row}")
    UUID_OTHER_FORM = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column _uuid: {uuid} belongs to form "
        "{stored_form} here, not {form_id}")
    NO_SUCH_FORM = QT_TRANSLATE_NOOP("Problem", "no form {form_id} is loaded")
    CONFLICT_FIELD_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "conflict {id}: no field {field} (fields that differ: {fields})")
    CONFLICT_SIDE_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "conflict {id}: {side} is not a side; say local or incoming")
    CONFLICT_STATE_MISSING = QT_TRANSLATE_NOOP(
        "Problem", "conflict {id}: the {side} state {version} of {uuid} is not in this store")
    # --- bulk resolution (sync/conflicts.py) ---------------------------------------------------
    # --- duplicates and rows edited outside Surveyor (sync/duplicates.py, sync/outside.py) -----
    # --- the consolidated report and its indicators (core/report/) ---------------------------


class SurveyError(Exception):
    """A problem from the catalogue, with the context its template needs."""

    def __init__(self, problem: Problem, **context: object):
        self.problem = problem
        self.context = context
        super().__init__(self.message())

    def message(self, template: str | None = None) -> str:
        """The template (translated by the caller, if it likes) filled with the context."""
        try:
            return (template or self.problem.value).format(**self.context)
        except (KeyError, IndexError):
            return f"{self.problem.name}: {self.context}"
