"""XLSForm files (.xlsx, or .md tables in tests) into the form model: the only pyxform import.

pyxform parses and checks the form; its `_pyxform` dict is the structure. Each survey row gets
a hidden row-number column first, which pyxform carries through, so every element knows its row
and the elements pyxform generates (meta/instanceID, or_other text, repeat counts) stand out.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import fields
from io import BytesIO
from pathlib import Path

from pyxform import aliases
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import process_header
from pyxform.question import MultipleChoiceQuestion
from pyxform.xls2json_backends import DefinitionData, SupportedFileTypes
from pyxform.xls2xform import convert

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Finding, Form
from surveyor.core.forms.tree import ROW_COLUMN, form_from_structure

MAX_FORM_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024


def read_xlsform(path: str | Path) -> Form:
    """Read an XLSForm file (.xlsx, .xlsm, or a .md table) into a Form; SurveyError if unusable."""
    path = Path(path)
    source = str(path)
    suffix = _check_file(path, source)
    workbook = _read_sheets(lambda: path.read_bytes(), suffix, source)
    workbook.fallback_form_name = path.stem
    return _build_form(workbook, source)


def form_from_markdown(md: str, name: str = "test") -> Form:
    """A Form from an XLSForm written as markdown tables (pyxform's test format)."""
    workbook = _read_sheets(lambda: md.encode("utf-8"), ".md", name)
    workbook.fallback_form_name = name
    return _build_form(workbook, name)


def load_forms(folder: str | Path, problems: list[SurveyError] | None = None,
               ) -> dict[tuple[str, str], Form]:
    """Every *.xlsx form in a folder, keyed by (form_id, version).

    Without `problems`, the first unusable form raises; with it, unusable forms (and second
    copies of a form id and version) are collected there and left out.
    """
    if not Path(folder).is_dir():
        raise SurveyError(Problem.FILE_NOT_FOUND, file=str(folder))
    forms: dict[tuple[str, str], Form] = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() != ".xlsx" or path.name.startswith(("~$", "._")):
            continue   # also Excel's lock files and macOS's resource forks
        try:
            form = read_xlsform(path)
            key = (form.form_id, form.version)
            if key in forms:
                raise SurveyError(Problem.FORM_INVALID, file=str(path), detail=(
                    f"form_id {key[0]!r} version {key[1]!r} is already used by "
                    f"{Path(forms[key].source).name}"))
        except SurveyError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        forms[key] = form
    return forms


# --- reading the sheets ----------------------------------------------------------------------

def _check_file(path: Path, source: str) -> str:
    """The file's suffix, once it is known to exist, have content and look like its kind."""
    if not path.is_file():
        raise SurveyError(Problem.FILE_NOT_FOUND, file=source)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".md"):
        raise SurveyError(Problem.FORM_UNREADABLE, file=source, detail="an XLSForm is an .xlsx "
                          f"workbook, not {suffix or 'a file without extension'}")
    size = path.stat().st_size
    if size == 0:
        raise SurveyError(Problem.FORM_UNREADABLE, file=source, detail="the file is empty")
    if size > MAX_FORM_BYTES:
        raise SurveyError(Problem.FILE_TOO_LARGE, file=source, size=size, limit=MAX_FORM_BYTES)
    if suffix != ".md":
        _check_zip(path, source)
    return suffix


def _check_zip(path: Path, source: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # noqa: BLE001 (zipfile fails on a damaged file in many ways)
        raise SurveyError(Problem.FORM_UNREADABLE, file=source,
                          detail=f"not an Excel .xlsx workbook ({error})") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise SurveyError(Problem.FILE_TOO_LARGE, file=source, size=unzipped,
                          limit=MAX_UNZIPPED_BYTES)


def _read_sheets(read: Callable[[], bytes], suffix: str, source: str) -> DefinitionData:
    """The raw sheets (rows as dicts of text, headers), through pyxform's reader for the kind."""
    processor = SupportedFileTypes.get_processors()[SupportedFileTypes(suffix)]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # openpyxl's remarks on styles and extensions
            workbook = DefinitionData(**processor(BytesIO(read())))
    except PyXFormError as error:
        raise SurveyError(Problem.FORM_UNREADABLE, file=source, detail=str(error)) from None
    except Exception as error:  # noqa: BLE001 (a foreign file may break the reader any way)
        raise SurveyError(Problem.FORM_UNREADABLE, file=source,
                          detail=f"{type(error).__name__}: {error}") from None
    if not workbook.survey:
        raise SurveyError(Problem.FORM_INVALID, file=source,
                          detail="there is no survey sheet, or it has no rows")
    return workbook


def _convert(workbook: DefinitionData, source: str) -> tuple[dict, list[str]]:
    """pyxform's structure and warnings for the workbook, its survey rows numbered first."""
    for number, row in enumerate(workbook.survey, start=2):
        if row:
            row[ROW_COLUMN] = str(number)
    header = workbook.survey_header[0] if workbook.survey_header else {}
    workbook.survey_header = [{**header, ROW_COLUMN: None}]
    found: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = convert(xlsform={f.name: getattr(workbook, f.name) for f in fields(workbook)},
                             warnings=found, validate=False)
    except PyXFormError as error:
        raise SurveyError(Problem.FORM_INVALID, file=source, detail=_clean(str(error))) from None
    except Exception as error:  # noqa: BLE001 (pyxform on a malformed form, any way it fails)
        raise SurveyError(Problem.FORM_INVALID, file=source,
                          detail=f"{type(error).__name__}: {_clean(str(error))}") from None
    return result._pyxform or {}, found


def _clean(text: str) -> str:
    """pyxform's message without the row-number column this module added."""
    return re.sub(rf",? ?'{ROW_COLUMN}': '\d+',? ?", "", text)


def _build_form(workbook: DefinitionData, source: str) -> Form:
    findings = column_findings(workbook)
    data, found = _convert(workbook, source)
    findings += [_warning(text) for text in found]
    return form_from_structure(data, source, workbook.fallback_form_name or "", findings)


def _warning(text: str) -> Finding:
    text = _clean(str(text)).strip()
    match = re.match(r"\[row : (\d+)\]\s*", text)
    sheet = "choices" if "'choices' sheet" in text else "survey"
    if match:
        return Finding(sheet, int(match[1]), None, text[match.end():], "warning")
    return Finding(sheet, None, None, text, "warning")


# --- columns and sheets that Surveyor does not use ----------------------------------------------

_USED = {("type",), ("name",), ("label",), ("hint",), ("choice_filter",), ("default",),
         ("parameters",), ("bind", "relevant"), ("bind", "required"), ("bind", "constraint"),
         ("bind", "jr:constraintMsg"), ("bind", "calculate"), ("bind", "readonly"),
         ("bind", "jr:requiredMsg"), ("control", "appearance"), ("control", "jr:count"),
         (ROW_COLUMN,)}
_HARMLESS = {("disabled",), ("control", "rows"), ("instance",), ("sms_field",),   # no effect here
             ("bind", "jr:noAppErrorString")}
_KNOWN = set(MultipleChoiceQuestion.get_slot_names())
_MEDIA = ("image", "big-image", "audio", "video", "media")
_IGNORED_SETTINGS = {"public_key", "submission_url", "auto_send", "auto_delete"}
_SETTINGS = {"form_title", "set_form_title", "form_id", "set_form_id", "id_string", "version",
             "default_language", "instance_name", "style", "name", "sms_keyword", "namespaces",
             "prefix", "delimiter", "allow_choice_duplicates", "clean_text_values",
             "omit_instanceID", "title"}


def column_findings(workbook: DefinitionData) -> list[Finding]:
    """Findings for the columns, settings and sheets that Surveyor ignores (raw sheets)."""
    findings = _survey_column_findings(workbook)
    for header in (workbook.choices_header or [{}])[0]:
        if re.split("::|:", header)[0].strip().lower() in _MEDIA:
            used = any(row.get(header) for row in workbook.choices or ())
            findings.append(Finding("choices", None, header, "media files on choices are not shown"
                                    + ("" if used else " (the column is empty)"),
                                    "unsupported" if used else "warning"))
    for sheet in ("external_choices", "entities", "osm"):
        if any(getattr(workbook, sheet) or ()):
            findings.append(Finding(sheet, None, None, f"the {sheet} sheet is not supported"))
    for key in (workbook.settings or [{}])[0]:
        if key in _IGNORED_SETTINGS:
            findings.append(Finding("settings", None, key, "ignored: Surveyor neither sends nor "
                                    "encrypts submissions", "warning"))
        elif key not in _SETTINGS:
            findings.append(Finding("settings", None, key, "not an XLSForm setting; ignored",
                                    "warning"))
    return findings


def _survey_column_findings(workbook: DefinitionData) -> list[Finding]:
    """Unsupported survey columns (a warning when empty) and unknown ones that hold values."""
    findings = []
    headers = list(workbook.survey_header[0]) if workbook.survey_header else []
    double = any("::" in h for h in headers)
    for header in headers:
        tokens = process_header(header, double, aliases.survey_header, _KNOWN)[1]
        if tokens[:2] in _USED | _HARMLESS or tokens[:1] in _USED | _HARMLESS:
            continue
        rows = [n for n, row in enumerate(workbook.survey or (), start=2) if row.get(header)]
        where = (f" ({len(rows)} row{'s' * (len(rows) > 1)}, from row {rows[0]})" if rows
                 else " (the column is empty)")
        if tokens[0] == "constraint-msg" and rows:   # pyxform ignores it; form_tree reads it
            findings.append(Finding("survey", None, header, "legacy column, read as "
                                    "constraint_message" + where, "warning"))
            continue
        if tokens[0] not in _KNOWN:
            if rows:
                findings.append(Finding("survey", None, header,
                                        "not an XLSForm column; ignored" + where, "warning"))
            continue
        findings.append(Finding("survey", None, header, _unsupported(tokens) + where,
                                "unsupported" if rows else "warning"))
    return findings


def _unsupported(tokens: tuple[str, ...]) -> str:
    first, second = tokens[0], (tokens[1] if len(tokens) > 1 else "")
    if first == "media":
        return f"{second or 'media'} files are not shown"
    if second == "entities:saveto":
        return "saving answers to entities (save_to) is not supported"
    if first == "trigger":
        return "trigger (recalculating when another answer changes) is not supported"
    if first in ("bind", "control"):
        return f"{'body' if first == 'control' else first} attribute {second} is not supported"
    if first == "guidance_hint":
        return "guidance hints are not shown"
    return f"column {first} is not supported"
