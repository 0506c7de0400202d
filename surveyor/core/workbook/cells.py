"""Cells read back into answer values, one converter per question type.

calamine gives str for text, float for every number, date/datetime for date-formatted cells,
bool for logical cells and '' for blanks (blanks never reach a converter). A converter returns
the value the store holds, or raises CellError with a detail for the message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value, canonical

Converter = Callable[[object], Value]
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
EXACT_INTEGER = 2 ** 53
_INTEGER = re.compile(r"[+-]?\d+")
_INDEX_PATH = re.compile(r"\d+(\.\d+)*")


class CellError(ValueError):
    """A cell that cannot hold a value of its column's type; the message is the detail."""


def as_text(value: object) -> str:
    """Text exactly as written; a number someone typed into a text column as its digits."""
    if value.__class__ is str:
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise CellError(f"{value!r} is not a value")
        return canonical(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return _moment(value).isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    raise CellError(f"{value!r} is not text")


def _moment(value: dt.datetime) -> dt.datetime:
    """A datetime rounded to the nearest second."""
    if not value.microsecond and value.tzinfo is None:
        return value
    if value.microsecond >= 500_000:
        if value >= dt.datetime.max.replace(microsecond=0, tzinfo=value.tzinfo):
            raise CellError(f"{value.isoformat()} is after the last second of the year 9999")
        value += dt.timedelta(seconds=1)
    return value.replace(microsecond=0, tzinfo=None)


def to_integer(value: object) -> int:
    if value.__class__ is float:
        if value.is_integer():
            return int(value)
        raise CellError(f"{canonical(value)} is not a whole number")
    if value.__class__ is str and _INTEGER.fullmatch(value.strip()):
        return int(value)
    if value.__class__ is int:
        return value
    raise CellError(f"{value!r} is not a whole number")


def to_decimal(value: object) -> float:
    if value.__class__ is float and math.isfinite(value):
        return value
    if value.__class__ is int:
        return float(value)
    if value.__class__ is str:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            return number
    raise CellError(f"{value!r} is not a number")


def to_number(value: object) -> int | float:
    """A number of any kind: whole numbers as int (range questions)."""
    number = to_decimal(value)
    return int(number) if number.is_integer() and abs(number) < EXACT_INTEGER else number


def to_calculated(value: object) -> Value:
    """Calculated values: numbers as numbers, anything else as text."""
    if value.__class__ is float and math.isfinite(value):
        return int(value) if value.is_integer() and abs(value) < EXACT_INTEGER else value
    return as_text(value)


def to_date(value: object) -> str:
    if value.__class__ is dt.date:               # the usual case, first
        return value.isoformat()
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError(f"{value.isoformat()} is not a date (it has a time)")
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value.__class__ is float:
        return _serial(value).date().isoformat()
    if value.__class__ is str:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise CellError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        return value
    raise CellError(f"{value!r} is not a date")


def to_datetime(value: object) -> str:
    """A datetime cell as 'YYYY-MM-DDTHH:MM:SS'; ISO text (e.g. with an offset) as written."""
    if value.__class__ is dt.datetime and not value.microsecond and value.tzinfo is None:
        return value.isoformat()                 # the usual case, first
    if isinstance(value, dt.datetime):
        return _moment(value).isoformat()
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()).isoformat()
    if value.__class__ is float:
        return _moment(_serial(value)).isoformat()
    if value.__class__ is str:
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            raise CellError(f"{value!r} is not a date and time (YYYY-MM-DD HH:MM:SS)") from None
        return value
    raise CellError(f"{value!r} is not a date and time")


def _serial(value: float) -> dt.datetime:
    """An Excel serial day number (1900 system) as a datetime."""
    try:
        return EXCEL_EPOCH + dt.timedelta(days=value)
    except (OverflowError, ValueError):
        raise CellError(f"{value!r} is not a date") from None


def choice_check(question: Question, multiple: bool) -> Converter:
    """A select_one / select_multiple converter that knows the question's choice names."""
    names = {c.name for c in question.choices} | ({"other"} if question.or_other else set())
    where = question.list_name or question.key

    def one(value: object) -> str:
        if value in names:                       # the usual case: a known name as written
            return value
        name = as_text(value).strip()
        if names and name not in names:
            raise CellError(f"{name!r} is not a choice of {where}")
        return name

    def many(value: object) -> str:
        if value in names:
            return value
        picked = as_text(value).split()
        unknown = [name for name in picked if names and name not in names]
        if unknown:
            raise CellError(f"{' '.join(unknown)!r}: not choices of {where}")
        return " ".join(picked)

    return many if multiple else one


def converter(question: Question) -> Converter:
    """The converter for one question's cells."""
    kind = question.type
    if kind in ("select_one", "select_multiple"):
        return choice_check(question, kind == "select_multiple")
    return BY_TYPE.get(kind, as_text)


BY_TYPE: dict[str, Converter] = {
    "integer": to_integer, "decimal": to_decimal, "range": to_number,
    "calculate": to_calculated, "date": to_date, "today": to_date,
    "datetime": to_datetime, "start": to_datetime, "end": to_datetime,
}


def to_flag(value: object) -> bool:
    """The _deleted column: 1 (or TRUE) deleted, 0/empty not."""
    if value in (1, "1", True):
        return True
    if value in (0, "0", False):
        return False
    raise CellError(f"{value!r} is not 1 or empty")


def to_index_path(value: object) -> tuple[int, ...]:
    """The _parent_index column: '1.2' -> (1, 2)."""
    text = as_text(value).strip()
    if not _INDEX_PATH.fullmatch(text):
        raise CellError(f"{text!r} is not an index path like 1 or 1.2")
    return tuple(int(part) for part in text.split("."))
