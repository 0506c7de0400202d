"""XLSForm files (.xlsx, .xls, or .md tables in tests) into the form model: the only pyxform
import.

pyxform parses and checks the form; its JSON structure (workbook_to_json) is the structure. Each
survey row gets a hidden row-number column first, which pyxform carries through, so every element
knows its row and the elements pyxform generates (meta/instanceID, or_other text, repeat counts)
stand out. pyxform's XForm XML is never written: Surveyor does not use it, and for a big form it
is most of the reading time. The checks pyxform makes only while writing it that matter here
(names, labels, big-image) run on its survey object instead (`_check_survey`); the reference
checks run before, in workbook_to_json. The parsed form may be cached by the file's checksum
(forms.cache); the files beside it are read on every load (forms.attachments).

pyxform is imported only when a form is parsed (about 0.5 s, most of a command's start-up): a
command whose forms are all in the cache never loads it.
"""

from __future__ import annotations

import functools
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms import cache as form_cache
from surveyor.core.forms.attachments import with_files
from surveyor.core.forms.external import sheet_lists
from surveyor.core.forms.languages import is_missing_texts, missing_texts_finding
from surveyor.core.forms.model import IDENTITY_SETTINGS, Finding, Form, Identity
from surveyor.core.forms.tree import ROW_COLUMN, form_from_structure

if TYPE_CHECKING:
    from pyxform.xls2json_backends import DefinitionData

MAX_FORM_BYTES = 50 * 1024 * 1024
INDICATORS_FILE = "indicators.xlsx"   # in a forms folder: indicator definitions, not a form
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024


FORM_SUFFIXES = (".xlsx", ".xls")       # what a forms folder's forms are


def read_xlsform(path: str | Path, cache: Path | None = None) -> Form:
    """Read an XLSForm file (.xlsx, .xlsm, .xls, or a .md table) into a Form, with the files
    beside it; SurveyError if unusable. `cache`: a folder of parsed forms (forms.cache)."""
    path = Path(path)
    source = str(path)
    suffix = _check_file(path, source)
    data = path.read_bytes()
    form = form_cache.load(cache, data, path) if cache is not None else None
    if form is None:
        workbook = _read_sheets(lambda: data, suffix, source)
        workbook.fallback_form_name = path.stem
        form = _build_form(workbook, source)
        if cache is not None:
            form_cache.save(cache, data, path, form)
    return with_files(form, path.parent)


def form_from_markdown(md: str, name: str = "test", folder: Path | None = None) -> Form:
    """A Form from an XLSForm written as markdown tables (pyxform's test format); `folder`
    holds the files it names (media, choices from files), if any."""
    workbook = _read_sheets(lambda: md.encode("utf-8"), ".md", name)
    workbook.fallback_form_name = name
    return with_files(_build_form(workbook, name), folder)


def load_forms(folder: str | Path, problems: list[SurveyError] | None = None,
               cache: Path | None = None) -> dict[tuple[str, str], Form]:
    """Every *.xlsx (and *.xls) form in a folder, keyed by (form_id, version).

    Without `problems`, the first unusable form raises; with it, unusable forms (and second
    copies of a form id and version) are collected there and left out. `cache`: see
    read_xlsform.
    """
    if not Path(folder).is_dir():
        raise SurveyError(Problem.FILE_NOT_FOUND, file=str(folder))
    forms: dict[tuple[str, str], Form] = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() not in FORM_SUFFIXES or path.name.startswith(("~$", "._")):
            continue   # also Excel's lock files and macOS's resource forks
        if path.name.lower() == INDICATORS_FILE:
            continue   # the indicator definitions beside the forms (core/report), not a form
        try:
            form = read_xlsform(path, cache)
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
    if suffix not in (".xlsx", ".xlsm", ".xls", ".md"):
        raise SurveyError(Problem.FORM_UNREADABLE, file=source, detail="an XLSForm is an .xlsx "
                          f"workbook, not {suffix or 'a file without extension'}")
    size = path.stat().st_size
    if size == 0:
        raise SurveyError(Problem.FORM_UNREADABLE, file=source, detail="the file is empty")
    if size > MAX_FORM_BYTES:
        raise SurveyError(Problem.FILE_TOO_LARGE, file=source, size=size, limit=MAX_FORM_BYTES)
    if suffix in (".xlsx", ".xlsm"):
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
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import DefinitionData, SupportedFileTypes

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
    """pyxform's structure and warnings for the workbook (its survey rows numbered first),
    after pyxform's checks: those of reading it, and those of writing XML (_check_survey)."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json

    for number, row in enumerate(workbook.survey, start=2):
        if row:
            row[ROW_COLUMN] = str(number)
    header = workbook.survey_header[0] if workbook.survey_header else {}
    workbook.survey_header = [{**header, ROW_COLUMN: None}]
    found: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = workbook_to_json(workbook_dict=workbook, warnings=found,
                                    fallback_form_name=workbook.fallback_form_name)
            _check_survey(create_survey_element_from_dict(data))
    except PyXFormError as error:
        raise SurveyError(Problem.FORM_INVALID, file=source, detail=_clean(str(error))) from None
    except Exception as error:  # noqa: BLE001 (pyxform on a malformed form, any way it fails)
        raise SurveyError(Problem.FORM_INVALID, file=source,
                          detail=f"{type(error).__name__}: {_clean(str(error))}") from None
    return data or {}, found


def _check_survey(survey) -> None:
    """The checks pyxform makes while writing XForm XML that matter to a form filled here:
    names are XML names and repeat names unique, every question shown has a label or hint
    (or media), big-image comes with image."""
    from pyxform.errors import PyXFormError
    from pyxform.question import Question as PyxformQuestion

    survey.validate()
    for element in survey.iter_descendants():
        if not isinstance(element, PyxformQuestion) or type(element).build_xml is (
                PyxformQuestion.build_xml):
            continue                                    # groups, and questions without a control
        bind = element.bind or {}
        shown = bool(element.label or element.hint)
        if element.type == "calculate" or (("calculate" in bind or element.trigger)
                                           and not shown):
            continue
        if not shown and not element.media:
            raise PyXFormError(f"The survey element named '{element.name}' has no label or hint.")
        if element.media and "big-image" in element.media and "image" not in element.media:
            raise PyXFormError("To use big-image, you must also specify an image for the "
                               f"survey element named {element.name}.")


def _clean(text: str) -> str:
    """pyxform's message without the row-number column this module added."""
    return re.sub(rf",? ?'{ROW_COLUMN}': '\d+',? ?", "", text)


def _build_form(workbook: DefinitionData, source: str) -> Form:
    findings = column_findings(workbook)
    data, found = _convert(workbook, source)
    lines = [line for text in found for line in str(text).splitlines() if line.strip()]
    gaps = [line for line in lines if is_missing_texts(line)]
    findings += [_warning(text) for text in found
                 if not all(is_missing_texts(line) for line in str(text).splitlines())]
    form = form_from_structure(data, source, workbook.fallback_form_name or "", findings,
                               sheet_lists(workbook.external_choices or []))
    gap = missing_texts_finding(gaps, form.default_language)
    if gap is not None:
        form = replace(form, findings=(*form.findings, gap))
    return _with_identity(form, (workbook.settings or [{}])[0])


def _with_identity(form: Form, settings: dict) -> Form:
    """The form with the identity questions its settings name (Surveyor's identity_* columns,
    each a question name). A name that is not a question outside repeats holding an answer is
    an error finding, and that part of the identity stays empty."""
    named = {column: str(settings.get(column) or "").strip()
             for column in IDENTITY_SETTINGS.values()}
    if not any(named.values()):
        return form
    questions: dict[str, list] = {}
    for question in form.questions():
        questions.setdefault(question.name, []).append(question)
    keys, errors, warnings = {}, [], []
    for part, column in IDENTITY_SETTINGS.items():
        name = named[column]
        problem = _identity_problem(name, questions.get(name, [])) if name else None
        if problem:
            errors.append(Finding("settings", 2, column, problem, "error"))
        elif name:
            keys[part] = questions[name][0].key
    if bool(keys.get("name")) != bool(keys.get("area")):
        given, missing = (("identity_name", "identity_area") if keys.get("name")
                          else ("identity_area", "identity_name"))
        warnings.append(Finding("settings", 2, given, f"the same name counts only within one "
                                f"area: without {missing} it is not used", "warning"))
    findings = (*errors, *form.findings, *warnings)
    return replace(form, identity=Identity(**keys), findings=findings)


def _identity_problem(name: str, found: list) -> str | None:
    """Why the questions called `name` cannot be an identity question (None: they can)."""
    if not found:
        return f"{name!r} is not a question of this form"
    if len(found) > 1:
        return f"{name!r} names {len(found)} questions; give the identity one its own name"
    if found[0].repeat is not None:
        return (f"{name!r} is inside repeat {found[0].repeat}; an identity question is "
                "outside repeats")
    if not found[0].holds_value:
        return f"{name!r} is a {found[0].type}, which holds no answer"
    return None


_NOT_HERE = ("max-pixels",)     # pyxform's advice on sending submissions, which Surveyor never does


def _warning(text: str) -> Finding:
    text = _clean(str(text)).strip()
    match = re.match(r"\[row : (\d+)\]\s*", text)
    sheet = "choices" if "'choices' sheet" in text else "survey"
    severity = "info" if any(word in text for word in _NOT_HERE) else "warning"
    if match:
        return Finding(sheet, int(match[1]), None, text[match.end():], severity)
    return Finding(sheet, None, None, text, severity)


# --- columns and sheets that Surveyor does not use ----------------------------------------------

_USED = {("type",), ("name",), ("label",), ("hint",), ("choice_filter",), ("default",),
         ("parameters",), ("bind", "relevant"), ("bind", "required"), ("bind", "constraint"),
         ("bind", "jr:constraintMsg"), ("bind", "calculate"), ("bind", "readonly"),
         ("bind", "jr:requiredMsg"), ("control", "appearance"), ("control", "jr:count"),
         (ROW_COLUMN,)}
_HARMLESS = {("disabled",), ("control", "rows"), ("instance",), ("sms_field",),   # no effect here
             ("bind", "jr:noAppErrorString")}
@functools.cache
def _known() -> set[str]:
    """The column names pyxform knows (a question's slots)."""
    from pyxform.question import MultipleChoiceQuestion

    return set(MultipleChoiceQuestion.get_slot_names())
_IGNORED_SETTINGS = {"public_key", "submission_url", "auto_send", "auto_delete"}
_SETTINGS = {"form_title", "set_form_title", "form_id", "set_form_id", "id_string", "version",
             "default_language", "instance_name", "style", "name", "sms_keyword", "namespaces",
             "prefix", "delimiter", "allow_choice_duplicates", "clean_text_values",
             "omit_instanceID", "title", *IDENTITY_SETTINGS.values()}


_SHEETS = {   # sheets Surveyor reads none of: why, and what it costs
    "entities": ("the entities sheet is not used: no entity list is updated",
                 "nothing for answering; the answers are kept as usual"),
    "osm": ("the osm sheet's tags are not offered",
            "an osm question takes an attached .osm file instead"),
}


def column_findings(workbook: DefinitionData) -> list[Finding]:
    """Findings for the columns, settings and sheets that Surveyor ignores (raw sheets)."""
    findings = _survey_column_findings(workbook)
    for sheet, (why, cost) in _SHEETS.items():
        if any(getattr(workbook, sheet) or ()):
            findings.append(Finding(sheet, None, None, why, "info", cost))
    for key in (workbook.settings or [{}])[0]:
        if key in _IGNORED_SETTINGS:
            findings.append(Finding("settings", None, key, "ignored: Surveyor neither sends nor "
                                    "encrypts submissions", "info", "nothing for answering"))
        elif key not in _SETTINGS:
            findings.append(Finding("settings", None, key, "not an XLSForm setting; ignored",
                                    "warning", "nothing for answering, unless it was meant as "
                                    "a setting (a misspelt form_id or version?)"))
    return findings


def _survey_column_findings(workbook: DefinitionData) -> list[Finding]:
    """Survey columns Surveyor does not use (info when empty) and unknown ones holding values.
    Media columns are used: forms.attachments names the files that are not there."""
    from pyxform import aliases
    from pyxform.parsing.sheet_headers import process_header

    findings, known = [], _known()
    headers = list(workbook.survey_header[0]) if workbook.survey_header else []
    double = any("::" in h for h in headers)
    for header in headers:
        tokens = process_header(header, double, aliases.survey_header, known)[1]
        if tokens[:2] in _USED | _HARMLESS or tokens[:1] in _USED | _HARMLESS or (
                tokens[0] == "media"):
            continue
        rows = [n for n, row in enumerate(workbook.survey or (), start=2) if row.get(header)]
        where = (f" ({len(rows)} row{'s' * (len(rows) > 1)}, from row {rows[0]})" if rows
                 else " (the column is empty)")
        if tokens[0] == "constraint-msg" and rows:   # pyxform ignores it; form_tree reads it
            findings.append(Finding("survey", None, header, "legacy column, read as "
                                    "constraint_message" + where, "info", "nothing"))
            continue
        if tokens[0] not in known:
            if rows:
                findings.append(Finding("survey", None, header, "not an XLSForm column; "
                                        "ignored" + where, "info", "nothing for answering"))
            continue
        message, severity, cost = _unused(tokens)
        findings.append(Finding("survey", None, header, message + where,
                                severity if rows else "info", cost if rows else "nothing"))
    return findings


def _unused(tokens: tuple[str, ...]) -> tuple[str, str, str]:
    """What a survey column Surveyor does not use means: message, severity, cost."""
    first, second = tokens[0], (tokens[1] if len(tokens) > 1 else "")
    if second == "entities:saveto":
        return ("saving answers to entities (save_to) is not done", "info",
                "nothing for answering; the answers are kept as usual")
    if first == "trigger":
        return ("trigger (recalculating only when another answer changes) is not supported",
                "warning", "the calculation follows its inputs all the time instead")
    if first in ("bind", "control"):
        return (f"{'body' if first == 'control' else first} attribute {second} is ignored",
                "info", "nothing for answering: it changes how ODK shows or sends a question")
    if first == "guidance_hint":
        return "guidance hints are not shown", "warning", "the extra hint is not shown"
    return (f"column {first} is not supported", "warning",
            "what the column does in ODK does not happen here; the question is answered as usual")
