"""XPath values and their coercions, as JavaRosa (ODK Collect) converts them.

Values are str, float (int from answers), bool, dt.date, dt.datetime, and lists for node-sets
(a repeat's values). Nothing here raises for bad data: unusable input gives '' or NaN.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

NAN = float("nan")
EPOCH = dt.date(1970, 1, 1)
_EPOCH_TIME = dt.datetime(1970, 1, 1)
NUMBER = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*")
# Month and day may have one digit ("1970-1-2"), as JavaRosa's date parser allows.
_MOMENT = re.compile(r"\s*(\d{4})-(\d\d?)-(\d\d?)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
                     r"\s*(Z|[+-]\d\d(?::?\d\d)?)?)?\s*")


# --- coercions ---------------------------------------------------------------------------------

def to_number(value: object) -> float:
    """XPath number(): '' and text are NaN; ISO dates are days since 1970-01-01."""
    kind = type(value)
    if kind is float:
        return value  # type: ignore[return-value]
    if kind is int:
        return float(value)  # type: ignore[arg-type]
    if kind is str:
        return _text_number(value)  # type: ignore[arg-type]
    if kind is bool:
        return 1.0 if value else 0.0
    if isinstance(value, dt.date):
        return days(value)
    if isinstance(value, list):
        return to_number(value[0]) if value else NAN
    return NAN


def _text_number(text: str) -> float:
    if NUMBER.fullmatch(text):
        return float(text)
    if "," in text and NUMBER.fullmatch(comma := text.replace(",", ".")):
        return float(comma)                       # some locales write 1,5 (JavaRosa accepts it)
    moment = parse_moment(text)
    return NAN if moment is None else days(moment)


def days(moment: dt.date) -> float:
    """Days since 1970-01-01, with the time of day as a fraction."""
    if isinstance(moment, dt.datetime):
        return (moment.replace(tzinfo=None) - _EPOCH_TIME).total_seconds() / 86400
    return float((moment - EPOCH).days)


def to_string(value: object) -> str:
    """XPath string(): numbers without a needless '.0', dates in ISO 8601."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        return _number_text(value)  # type: ignore[arg-type]
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return to_string(value[0]) if value else ""
    return str(value)


def _number_text(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == int(number):
        return str(int(number))
    text = repr(number)
    return format(Decimal(text), "f") if "e" in text else text


def to_boolean(value: object) -> bool:
    """XPath boolean(): text is true when non-empty, a number when non-zero and not NaN."""
    kind = type(value)
    if kind is bool:
        return value  # type: ignore[return-value]
    if kind is str:
        return value != ""
    if isinstance(value, (float, int)):
        return value != 0 and not math.isnan(value)
    if isinstance(value, list):
        return bool(value)
    return isinstance(value, dt.date)


def is_empty(value: object) -> bool:
    """An unanswered value: None, '' or NaN (a node-set: its first value, as string() reads it)."""
    if isinstance(value, list):
        return is_empty(value[0]) if value else True
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def parse_moment(text: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time (wall-clock time; any offset is ignored), or None."""
    match = _MOMENT.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, _ = match.groups()
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute),
                           int(second or 0), micro)
    except ValueError:
        return None


def utc_offset(text: str) -> float | None:
    """The UTC offset of an ISO date-time text in minutes (Z: 0), None when it names none."""
    match = _MOMENT.fullmatch(text)
    zone = match.group(8) if match else None
    if not zone:
        return None
    if zone == "Z":
        return 0.0
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return float(minutes if zone[0] == "+" else -minutes)


def to_moment(value: object) -> dt.datetime | None:
    """A value as a date-time: numbers are days since 1970-01-01; None if it is not one."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        moment = parse_moment(value)
        if moment is not None:
            return to_moment(moment)
        if not NUMBER.fullmatch(value):
            return None
    if type(value) is bool:
        return None
    count = to_number(value)
    try:
        return _EPOCH_TIME + dt.timedelta(days=count)
    except (OverflowError, ValueError):
        return None


# --- operators ---------------------------------------------------------------------------------

def equal(left: object, right: object) -> bool:
    """XPath '=': as booleans if either is one, else as numbers if either is a number or a date
    (so date-time('2004-05-01') = date('2004-05-01'), as JavaRosa and Enketo say), else as text."""
    if type(left) is bool or type(right) is bool:
        return to_boolean(left) == to_boolean(right)
    if (type(left) in (float, int) or type(right) in (float, int)
            or isinstance(left, dt.date) or isinstance(right, dt.date)):
        a, b = to_number(left), to_number(right)
        return a == b or abs(a - b) < 1e-12
    return to_string(left) == to_string(right)


def divide(a: float, b: float) -> float:
    """IEEE division, as Java does it: x div 0 is ±Infinity, 0 div 0 is NaN."""
    if b == 0:
        if a == 0 or math.isnan(a):
            return NAN
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def modulo(a: float, b: float) -> float:
    """Java's %: the sign follows the dividend; x mod 0 is NaN."""
    try:
        return math.fmod(a, b)
    except ValueError:
        return NAN
