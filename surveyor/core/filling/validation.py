"""One response checked against its form: required answers, types, choices and constraints."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from surveyor.core.filling.live import LiveForm, Path
from surveyor.core.forms.languages import is_vietnamese
from surveyor.core.forms.model import Form, Question
from surveyor.core.forms.types import LISTED
from surveyor.core.responses import RepeatRow, Value

KINDS = ("required", "constraint", "type", "choice")
MAX_CELL_TEXT = 32_767           # what one spreadsheet cell holds (workbook/sheet.py's MAX_TEXT)
_WHOLE = re.compile(r"\s*[+-]?\d+\s*")
_NUMBER = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?")
_TIME = re.compile(r"\d\d:\d\d(?::\d\d(?:\.\d+)?)?")

# Default messages, by the language of the survey content (not the UI language).
MESSAGES = {
    "en": {"required": "This question is required", "invalid": "Invalid value",
           "integer": "a whole number is expected", "decimal": "a number is expected",
           "date": "a date is expected (YYYY-MM-DD)",
           "datetime": "a date and time is expected (YYYY-MM-DDTHH:MM:SS)",
           "time": "a time is expected (HH:MM)",
           "geopoint": "a location is expected: latitude longitude, in range",
           "geotrace": "a line is expected: two or more points (latitude longitude) separated "
                       "by ;",
           "geoshape": "a shape is expected: four or more points (latitude longitude) "
                       "separated by ;, the last the same as the first",
           "acknowledge": "only OK is accepted", "choice": "{names} is not one of the choices",
           "long": "too long: a spreadsheet cell holds at most 32,767 characters"},
    "vi": {"required": "Câu hỏi này bắt buộc trả lời", "invalid": "Giá trị không hợp lệ",
           "integer": "cần một số nguyên", "decimal": "cần một số",
           "date": "cần một ngày (YYYY-MM-DD)",
           "datetime": "cần ngày và giờ (YYYY-MM-DDTHH:MM:SS)",
           "time": "cần một giờ (HH:MM)",
           "geopoint": "cần một vị trí: vĩ độ kinh độ, trong phạm vi",
           "geotrace": "cần một đường: hai điểm trở lên (vĩ độ kinh độ), cách nhau bằng ;",
           "geoshape": "cần một vùng: bốn điểm trở lên (vĩ độ kinh độ), cách nhau bằng ;, "
                       "điểm cuối trùng điểm đầu",
           "acknowledge": "chỉ chấp nhận OK", "choice": "{names} không có trong danh sách lựa chọn",
           "long": "quá dài: một ô bảng tính chứa tối đa 32.767 ký tự"},
}
TYPE_OF = {"range": "decimal", "today": "date", "start": "datetime", "end": "datetime"}


@dataclass(frozen=True)
class Issue:
    """One failed check: where (key, repeat, row index path), what kind, and the message."""

    key: str
    repeat: str | None
    index: Path
    kind: str          # one of KINDS
    message: str


def validate(form: Form, answers: Mapping[str, Value], repeats: Iterable[RepeatRow] = (),
             language: str | None = None, now: dt.datetime | None = None) -> list[Issue]:
    """Every issue of one response, in form order (calculations evaluated first)."""
    return state_issues(LiveForm(form, answers, repeats, language=language, now=now))


def clean(form: Form, answers: Mapping[str, Value], repeats: Iterable[RepeatRow] = (),
          language: str | None = None, now: dt.datetime | None = None,
          ) -> tuple[dict[str, Value], tuple[RepeatRow, ...]]:
    """The response as it should be kept: non-relevant answers dropped, calculations filled."""
    state = LiveForm(form, answers, repeats, language=language, now=now)
    return state.answers(), state.repeat_rows()


def state_issues(state: LiveForm) -> list[Issue]:
    """Every issue of a live LiveForm (what a form view shows before finalising)."""
    issues = []
    for question in state.form.questions():
        if not question.holds_value:
            continue
        for at in state.instances(question.key):
            kind, detail = _problem(state, question, at)
            if kind:
                message = _message(state.form, question, kind, state.language, detail)
                issues.append(Issue(question.key, question.repeat, at, kind, message))
    return issues


def _problem(state: LiveForm, question: Question, at: Path) -> tuple[str | None, str]:
    """The first failed check at one place, with the detail a default message needs."""
    if not state.relevant(question.key, at):
        return None, ""
    value = state.value(question.key, at)
    if value is None or value == "":
        return ("required", "") if state.required(question.key, at) else (None, "")
    if isinstance(value, str) and too_long(value):
        return "type", "long"          # no workbook could carry it: refused here, not cut later
    kind = TYPE_OF.get(question.type, question.type)
    if not type_ok(kind, value):
        return "type", kind
    if question.type in LISTED and not question.calculation:   # a calculated one is no answer
        unknown = unknown_choices(state, question, at, str(value))
        if unknown:
            return "choice", " ".join(unknown)
    if not state.valid(question.key, at):
        return "constraint", ""
    return None, ""


def too_long(text: str) -> bool:
    """More than a spreadsheet cell holds (32,767 UTF-16 units, as Excel counts them)."""
    return len(text) > MAX_CELL_TEXT // 2 and len(text.encode("utf-16-le", "replace")) // 2 > \
        MAX_CELL_TEXT


def unknown_choices(state: LiveForm, question: Question, at: Path, value: str) -> list[str]:
    """The names in a select answer that are not among its (filtered) choices."""
    if not question.choices:
        return []                     # choices the form does not hold: nothing to check against
    names = {c.name for c in state.choices(question.key, at)}
    if question.or_other:
        names.add("other")
    picked = value.split() if question.type != "select_one" else [value.strip()]
    return [name for name in picked if name not in names]


def type_ok(kind: str, value: Value) -> bool:
    """Whether an answer has the shape its question type needs."""
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer()) or (
            isinstance(value, str) and bool(_WHOLE.fullmatch(value)))
    if kind == "decimal":
        if isinstance(value, (int, float)):
            return math.isfinite(value)
        return bool(_NUMBER.fullmatch(value))
    if kind in ("date", "datetime", "time"):
        return isinstance(value, str) and _moment_ok(kind, value.strip())
    if kind == "geopoint":
        return isinstance(value, str) and _geopoint_ok(value)
    if kind in ("geotrace", "geoshape"):
        return isinstance(value, str) and _points_ok(kind, value)
    if kind == "acknowledge":
        return value in ("OK", "ok", 1, "1", "true")
    return True


def _moment_ok(kind: str, text: str) -> bool:
    pattern = {"date": _DATE, "datetime": _DATETIME, "time": _TIME}[kind]
    if not pattern.fullmatch(text):
        return False
    try:
        if kind == "date":
            dt.date.fromisoformat(text)
        elif kind == "datetime":
            dt.datetime.fromisoformat(text)
        else:
            dt.time.fromisoformat(text)
    except ValueError:
        return False
    return True


def _geopoint_ok(text: str) -> bool:
    parts = text.split()
    if not 2 <= len(parts) <= 4 or not all(_NUMBER.fullmatch(p) for p in parts):
        return False
    lat, lon, *rest = (float(p) for p in parts)
    return -90 <= lat <= 90 and -180 <= lon <= 180 and (len(rest) < 2 or rest[1] >= 0)


def _points_ok(kind: str, text: str) -> bool:
    """A geotrace (2+ points) or geoshape (4+ points, closed), points separated by ";"."""
    points = [" ".join(p.split()) for p in text.split(";") if p.strip()]
    if not all(_geopoint_ok(p) for p in points):
        return False
    if kind == "geotrace":
        return len(points) >= 2
    return len(points) >= 4 and points[0].split()[:2] == points[-1].split()[:2]


def _message(form: Form, question: Question, kind: str, language: str | None,
             detail: str) -> str:
    """The form's own message for the language (with Form.text's fallback), else a default."""
    own = {"required": question.required_messages, "constraint": question.constraint_messages}
    text = form.text(own.get(kind, {}), language)
    if text:
        return text
    words = MESSAGES["vi" if is_vietnamese(language or form.default_language) else "en"]
    if kind == "required":
        return words["required"]
    if kind == "type":
        return f"{words['invalid']}: {words[detail]}" if detail in words else words["invalid"]
    if kind == "choice":
        return f"{words['invalid']}: {words['choice'].format(names=detail)}"
    return words["invalid"]
