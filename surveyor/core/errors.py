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
    # --- attached files (filling/media.py, store/media.py, workbook/media.py) -----------------
    ATTACH_UNREADABLE = QT_TRANSLATE_NOOP("Problem", "{file}: cannot be read to attach ({detail})")
    ATTACHED_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: {size} bytes; a file attached to an answer may have at most {limit} "
        "bytes")
    PICTURE_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the picture has {pixels} pixels; at most {limit} can be attached")
    MEDIA_MISMATCH = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column sha256: the bytes of {name} do not "
        "match its sha256 {sha256} ({detail}); refused")
    MEDIA_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column size: {name} has {size} bytes (the "
        "limit is {limit} bytes a file); refused")
    MEDIA_TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the attached files come to {size} bytes (the limit is {limit} bytes "
        "a workbook); refused")
    MEDIA_EXPORT_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the attached files come to {size} bytes, more than a workbook may "
        "carry ({limit} bytes); export without the files (--no-media) or fewer responses")
    # --- hostile workbooks (workbook/package.py, workbook/scan.py, workbook/read.py) ----------
    MACROS = QT_TRANSLATE_NOOP(
        "Problem", "{file}: holds macros ({part}); a sync workbook holds data only: save it as an "
        "Excel workbook (.xlsx) without macros and import that")
    EXTERNAL_LINK = QT_TRANSLATE_NOOP(
        "Problem", "{file}: {part} links to {target} outside the workbook; a sync workbook holds "
        "its data itself: remove the link and import again")
    PART_UNEXPECTED = QT_TRANSLATE_NOOP(
        "Problem", "{file}: holds {part}, which spreadsheet programs do not put in a workbook "
        "(an embedded object or a file added by hand?); refused")
    PACKAGE_AMBIGUOUS = QT_TRANSLATE_NOOP(
        "Problem", "{file}: {detail}: programs could read different data from it; refused")
    ZIP_BOMB = QT_TRANSLATE_NOOP(
        "Problem", "{file}: {part} unpacks to {size} bytes from {packed} (more than {limit} "
        "times its size: a zip bomb?); refused unread")
    FORMULA_CELL = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: cell {cell} holds a "
        "formula; a sync workbook holds values only: replace it by its value and import again")
    MERGED_CELLS = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: cells {cells} are merged; each cell of a sync sheet "
        "holds its own value: unmerge them and import again")
    SHEET_HIDDEN = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: the sheet is hidden, and data nobody can see is not "
        "imported: unhide it (or delete it) and import again")
    SHEET_FULL = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: reaches row {rows}, the last row a sheet has, so rows "
        "may have been cut off; export in parts (--form, --since) and import those")
    ROWS_MISMATCH = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: holds {found} rows, but the _manifest sheet says "
        "{stated}: rows were added or removed outside Surveyor (or the file was cut); if that "
        "was meant, correct the count on the _manifest sheet")
    MEDIA_COUNT_MISMATCH = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: carries {found} attached files, but the _manifest "
        "sheet says {stated}: files were removed or added outside Surveyor; refused")
    SHEET_UNLISTED = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}: holds data of form {form_id}, but the _manifest sheet "
        "does not list it; refused rather than ignored (delete the sheet or export again)")
    # --- bulk resolution (sync/conflicts.py) ---------------------------------------------------
    # --- password-protected workbooks (workbook/crypt.py) --------------------------------------
    PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the workbook is protected by a password; give the password to "
        "import it")
    PASSWORD_WRONG = QT_TRANSLATE_NOOP(
        "Problem", "{file}: the password does not open this workbook")
    PASSWORD_EMPTY = QT_TRANSLATE_NOOP(
        "Problem", "{file}: an empty password protects nothing; give one, or export without")
    # --- duplicates and rows edited outside Surveyor (sync/duplicates.py, sync/outside.py) -----
    DUPLICATE_SAME = QT_TRANSLATE_NOOP(
        "Problem", "{uuid} is on both sides: a possible duplicate is two different responses")
    DUPLICATE_DELETED = QT_TRANSLATE_NOOP(
        "Problem", "response {uuid} is deleted (or merged into another); only responses that are "
        "not can be merged")
    DUPLICATE_OTHER_FORM = QT_TRANSLATE_NOOP(
        "Problem", "{uuid} is a response of form {form_id}, {other} of form {other_form_id}: only "
        "responses of one form can be duplicates")
    DUPLICATE_FIELD_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "merging {drop} into {keep}: no field {field} (fields that differ: {fields})")
    DUPLICATE_SIDE_UNKNOWN = QT_TRANSLATE_NOOP(
        "Problem", "merging {drop} into {keep}: {side} is not a side; say keep or drop")
    OUTSIDE_NOT_EDITED = QT_TRANSLATE_NOOP(
        "Problem", "response {uuid} has no edit made outside Surveyor to review")
    OUTSIDE_SEALED_MISSING = QT_TRANSLATE_NOOP(
        "Problem", "response {uuid}: the state {version} its row was sealed as is not in this "
        "store, so the edit made outside Surveyor cannot be reverted (accept it, or import the "
        "workbook that state came in first)")
    # --- the consolidated report and its indicators (core/report/) ---------------------------
    INDICATOR_INVALID = QT_TRANSLATE_NOOP(
        "Problem", "{file}, sheet {sheet}, row {row}, column {column}: indicator {name}: "
        "{detail}")
    INDICATORS_NOT_FOUND = QT_TRANSLATE_NOOP(
        "Problem", "no indicator definitions (indicators.xlsx) in {folders}")
    INDICATORS_UNUSABLE = QT_TRANSLATE_NOOP(
        "Problem", "{file}: no indicator can be computed ({count} findings; the first: {first})")


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
