"""The ODK XPath function library, as JavaRosa (ODK Collect) evaluates it.

Each function takes the context first, then its argument values (or, for the lazy if(),
coalesce() and once(), argument closures). Bad data gives '' or NaN, never an exception.
"""

from __future__ import annotations

import base64
import hashlib
import math
import random
import re
import secrets
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from surveyor.core.expressions import tallies
from surveyor.core.expressions.java_regex import PatternError, compile_java, matches
from surveyor.core.expressions.values import (
    NAN,
    days,
    is_empty,
    to_boolean,
    to_moment,
    to_number,
    to_string,
    utc_offset,
)

_TIME = re.compile(r"\s*(\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
                   r"\s*(?:Z|[+-]\d\d(?::?\d\d)?)?\s*")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DATE_FORMAT_ESCAPE = re.compile(r"%(.?)", re.DOTALL)
DATE_FORMAT_LETTERS = frozenset("%YymnbdeHhMS3aW")


# --- the function library ----------------------------------------------------------------------

@dataclass(frozen=True)
class Function:
    """One XPath function: its implementation `run(ctx, *args)` and how it takes arguments."""

    run: Callable[..., object]
    least: int = 0
    most: int | None = 0           # None: any number of arguments
    lazy: bool = False             # run() receives argument closures, not values
    nodeset: str = ""              # "all"/"first": reference arguments arrive as value lists
    needs_reference: bool = False  # the first argument must be a reference (${q}, a path)


def _maths(operation: Callable[[float], float]) -> Callable[..., float]:
    def run(ctx: object, value: object) -> float:
        try:
            return operation(to_number(value))
        except OverflowError:
            return math.inf
        except ValueError:
            return NAN
    return run


def _logarithm(operation: Callable[[float], float]) -> Callable[[float], float]:
    return lambda x: -math.inf if x == 0 else (NAN if x < 0 or math.isnan(x) else operation(x))


def _power(ctx: object, base: object, exponent: object) -> float:
    a, b = to_number(base), to_number(exponent)
    try:
        return math.pow(a, b)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.inf if a == 0 else NAN


def _round(ctx: object, value: object, places: object = 0.0) -> float:
    """Excel-style round(x, places): halves go up, toward +infinity (JavaRosa's rule)."""
    number, digits = to_number(value), to_number(places)
    if math.isnan(number) or math.isinf(number):
        return number
    if math.isnan(digits) or abs(digits) > 30:
        return NAN
    if abs(number) >= 1e15 and digits >= 0:
        return number                             # already whole at double precision
    mode = ROUND_HALF_DOWN if number < 0 else ROUND_HALF_UP
    try:
        scaled = Decimal(repr(number)).scaleb(int(digits))
        return float(scaled.quantize(Decimal(1), rounding=mode).scaleb(-int(digits)))
    except InvalidOperation:
        return NAN


def _whole(operation: Callable[[float], float]) -> Callable[..., float]:
    def run(ctx: object, value: object) -> float:
        number = to_number(value)
        return number if math.isnan(number) or math.isinf(number) else float(operation(number))
    return run


def _flatten(values: tuple[object, ...]) -> list[object]:
    flat: list[object] = []
    for value in values:
        if isinstance(value, list):
            flat.extend(value)
        else:
            flat.append(value)
    return flat


def _numbers(values: tuple[object, ...]) -> list[float]:
    return [n for n in map(to_number, _flatten(values)) if not math.isnan(n)]


def _extreme(pick: Callable[[list[float]], float]) -> Callable[..., float]:
    def run(ctx: object, *values: object) -> float:
        numbers = _numbers(values)
        return pick(numbers) if numbers else NAN
    return run


def _nodes(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _choices(value: object) -> list[str]:
    return to_string(value).split()


def _selected_at(ctx: object, value: object, index: object) -> str:
    choices, number = _choices(value), to_number(index)
    if math.isnan(number) or not 0 <= int(number) < len(choices):
        return ""
    return choices[int(number)]


def _substr(ctx: object, value: object, start: object, end: object = None) -> str:
    """ODK substr(): 0-based start, exclusive end; negative positions count from the end."""
    text = to_string(value)
    first = _index(start, len(text))
    last = len(text) if end is None else _index(end, len(text))
    return text[first:last] if first <= last else ""


def _index(value: object, length: int) -> int:
    number = to_number(value)
    if math.isnan(number):
        return 0
    index = int(max(min(number, 1e9), -1e9))
    return min(max(0, length + index if index < 0 else index), length)


def _substring_before(ctx: object, value: object, mark: object) -> str:
    text, found = to_string(value), to_string(mark)
    at = text.find(found)
    return text[:at] if at > 0 else ""


def _substring_after(ctx: object, value: object, mark: object) -> str:
    text, found = to_string(value), to_string(mark)
    at = text.find(found)
    return text[at + len(found):] if at >= 0 else ""


def _translate(ctx: object, value: object, source: object, target: object) -> str:
    mapping: dict[str, str | None] = {}
    to = to_string(target)
    for i, char in enumerate(to_string(source)):
        mapping.setdefault(char, to[i] if i < len(to) else None)
    return to_string(value).translate({ord(k): v for k, v in mapping.items()})


@lru_cache(maxsize=512)
def compile_regex(pattern: str):
    """A regex() pattern, compiled once, with the meaning ODK Collect (Java) gives it;
    PatternError if it has none."""
    return compile_java(pattern)


def _regex(ctx: object, value: object, pattern: object) -> bool:
    """JavaRosa (ODK Collect) tests the whole value, like Java's Pattern.matches()."""
    try:
        return matches(compile_regex(to_string(pattern)), to_string(value))
    except PatternError:
        return False


def _date(ctx: object, value: object) -> object:
    moment = to_moment(value)
    return "" if moment is None else moment.date()


def _date_time(ctx: object, value: object) -> object:
    moment = to_moment(value)
    return "" if moment is None else moment


def _decimal_date_time(ctx: object, value: object) -> float:
    """Days since 1970-01-01T00:00Z; a text's UTC offset counts (a time without one is UTC)."""
    if type(value) in (float, int):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, list):
        value = value[0] if value else ""
    moment = to_moment(value)
    if moment is None:
        return NAN
    offset = utc_offset(value) if isinstance(value, str) else None
    return days(moment) - (offset or 0.0) / 1440


def _decimal_time(ctx: object, value: object) -> float:
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    if match:
        hour, minute, second, fraction = match.groups()
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
            return NAN
        seconds = int(hour) * 3600 + int(minute) * 60 + int(second or 0)
        return (seconds + float("0." + (fraction or "0"))) / 86400
    days = _decimal_date_time(ctx, value)
    return NAN if math.isnan(days) else days - math.floor(days)


def format_date(ctx: object, value: object, pattern: object) -> str:
    """format-date(): %Y %y %m %n %b %d %e %H %h %M %S %3 %a %W %% (English month/day names)."""
    when = to_moment(value)
    if when is None:
        return ""
    fields = {"Y": f"{when.year:04d}", "y": f"{when.year % 100:02d}", "m": f"{when.month:02d}",
              "n": str(when.month), "b": _MONTHS[when.month - 1], "d": f"{when.day:02d}",
              "e": str(when.day), "H": f"{when.hour:02d}", "h": str(when.hour),
              "M": f"{when.minute:02d}", "S": f"{when.second:02d}",
              "3": f"{when.microsecond // 1000:03d}", "a": _WEEKDAYS[when.weekday()],
              "W": str(when.isocalendar()[1]), "%": "%"}
    return DATE_FORMAT_ESCAPE.sub(lambda m: fields.get(m[1], m[0]), to_string(pattern))


def _once(ctx: object, value: Callable[[object], object]) -> object:
    current = ctx.current()  # type: ignore[attr-defined]
    return value(ctx) if is_empty(current) else current


def _coalesce(ctx: object, *values: Callable[[object], object]) -> object:
    result: object = ""
    for value in values:
        result = value(ctx)
        if not is_empty(result):
            return result
    return result


def _if(ctx: object, test: Callable, then: Callable, otherwise: Callable) -> object:
    return then(ctx) if to_boolean(test(ctx)) else otherwise(ctx)


def _uuid(ctx: object, length: object = None) -> str:
    if length is None:
        return str(uuid.uuid4())
    size = to_number(length)
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(0 if math.isnan(size) else int(size)))


_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384",
            "SHA-512": "sha512"}


def _digest(ctx: object, message: object, algorithm: object, encoding: object = "base64") -> str:
    name = _DIGESTS.get(to_string(algorithm).upper())
    if name is None:
        return ""
    raw = hashlib.new(name, to_string(message).encode("utf-8")).digest()
    return raw.hex() if to_string(encoding).lower() == "hex" else base64.b64encode(raw).decode()


def _base64_decode(ctx: object, value: object) -> str:
    try:
        return base64.b64decode(to_string(value), validate=True).decode("utf-8", "replace")
    except ValueError:
        return ""


def _indexed_repeat(ctx: object, values: object, repeat: object, index: object) -> object:
    nodes, number = _nodes(values), to_number(index)
    position = 1 if math.isnan(number) or number < 1 else int(number)
    value = nodes[position - 1] if position <= len(nodes) else ""
    return "" if value is None else value


def _choice_name(ctx: object, value: object, question: object) -> str:
    choice = to_string(value)
    if choice == "":
        return ""
    name = question_name(to_string(question))
    return ctx.choice_label(name, choice)  # type: ignore[attr-defined]


def question_name(text: str) -> str:
    """The question named by '${q}', '/data/group/q' or 'q' (jr:choice-name's second argument)."""
    text = text.strip()
    if text.startswith("${") and text.endswith("}"):
        return text[2:-1].strip()
    return text.rstrip("/").rsplit("/", 1)[-1]


def _pulldata(ctx: object, instance: object, column: object, key_column: object,
              key: object) -> str:
    """pulldata('file', 'column', 'key_column', key): `column` of the first row of the CSV
    beside the form whose `key_column` is `key` (as text), "" when none is."""
    wanted, name, key = to_string(column), to_string(key_column), to_string(key)
    for row in ctx.choice_rows(to_string(instance)):  # type: ignore[attr-defined]
        if row.get(name, "") == key:
            return row.get(wanted, "")
    return ""


def _join(ctx: object, separator: object, *values: object) -> str:
    return to_string(separator).join(map(to_string, _flatten(values)))


FUNCTIONS: dict[str, Function] = {
    "true": Function(lambda ctx: True), "false": Function(lambda ctx: False),
    "boolean": Function(lambda ctx, v: to_boolean(v), 1, 1),
    "not": Function(lambda ctx, v: not to_boolean(v), 1, 1),
    "number": Function(lambda ctx, v: to_number(v), 1, 1),
    "string": Function(lambda ctx, v=None: to_string(ctx.current() if v is None else v), 0, 1),
    "boolean-from-string": Function(
        lambda ctx, v: to_string(v).lower() == "true" or to_string(v) == "1", 1, 1),
    "int": Function(_whole(math.trunc), 1, 1), "floor": Function(_whole(math.floor), 1, 1),
    "ceiling": Function(_whole(math.ceil), 1, 1), "round": Function(_round, 1, 2),
    "abs": Function(_maths(abs), 1, 1), "sqrt": Function(_maths(math.sqrt), 1, 1),
    "exp": Function(_maths(math.exp), 1, 1), "exp10": Function(_maths(lambda x: 10.0 ** x), 1, 1),
    "log": Function(_maths(_logarithm(math.log)), 1, 1),
    "log10": Function(_maths(_logarithm(math.log10)), 1, 1),
    "sin": Function(_maths(math.sin), 1, 1), "cos": Function(_maths(math.cos), 1, 1),
    "tan": Function(_maths(math.tan), 1, 1), "asin": Function(_maths(math.asin), 1, 1),
    "acos": Function(_maths(math.acos), 1, 1), "atan": Function(_maths(math.atan), 1, 1),
    "atan2": Function(lambda ctx, y, x: math.atan2(to_number(y), to_number(x)), 2, 2),
    "pi": Function(lambda ctx: math.pi), "pow": Function(_power, 2, 2),
    "min": Function(_extreme(min), 1, None, nodeset="all"),
    "max": Function(_extreme(max), 1, None, nodeset="all"),
    "sum": Function(lambda ctx, v: math.fsum(_numbers((v,))), 1, 1, nodeset="all",
                    needs_reference=True),
    "count": Function(lambda ctx, v: float(len(_nodes(v))), 1, 1, nodeset="all",
                      needs_reference=True),
    "count-non-empty": Function(
        lambda ctx, v: float(sum(to_string(x) != "" for x in _nodes(v))), 1, 1, nodeset="all",
        needs_reference=True),
    "selected": Function(lambda ctx, v, c: to_string(c).strip() in _choices(v), 2, 2),
    "is-selected": Function(lambda ctx, v, c: to_string(c).strip() in _choices(v), 2, 2),
    "count-selected": Function(lambda ctx, v: float(len(_choices(v))), 1, 1),
    "selected-at": Function(_selected_at, 2, 2),
    "if": Function(_if, 3, 3, lazy=True), "coalesce": Function(_coalesce, 2, None, lazy=True),
    "once": Function(_once, 1, 1, lazy=True),
    "concat": Function(lambda ctx, *v: "".join(map(to_string, v)), 0, None),
    "join": Function(_join, 1, None, nodeset="all"),
    "regex": Function(_regex, 2, 2),
    "string-length": Function(
        lambda ctx, v=None: float(len(to_string(ctx.current() if v is None else v))), 0, 1),
    "normalize-space": Function(
        lambda ctx, v=None: " ".join(to_string(ctx.current() if v is None else v).split()), 0, 1),
    "substr": Function(_substr, 2, 3),
    "substring-before": Function(_substring_before, 2, 2),
    "substring-after": Function(_substring_after, 2, 2),
    "contains": Function(lambda ctx, v, s: to_string(s) in to_string(v), 2, 2),
    "starts-with": Function(lambda ctx, v, s: to_string(v).startswith(to_string(s)), 2, 2),
    "ends-with": Function(lambda ctx, v, s: to_string(v).endswith(to_string(s)), 2, 2),
    "translate": Function(_translate, 3, 3),
    "today": Function(lambda ctx: ctx.now().date()), "now": Function(lambda ctx: ctx.now()),
    "date": Function(_date, 1, 1), "date-time": Function(_date_time, 1, 1),
    "decimal-date-time": Function(_decimal_date_time, 1, 1),
    "decimal-time": Function(_decimal_time, 1, 1),
    "format-date": Function(format_date, 2, 2), "format-date-time": Function(format_date, 2, 2),
    "uuid": Function(_uuid, 0, 1), "random": Function(lambda ctx: random.random()),
    "digest": Function(_digest, 2, 3), "base64-decode": Function(_base64_decode, 1, 1),
    "position": Function(lambda ctx, parent=None: float(ctx.position()), 0, 1),
    "indexed-repeat": Function(_indexed_repeat, 3, 3, nodeset="first", needs_reference=True),
    "jr:choice-name": Function(_choice_name, 2, 2),
    "pulldata": Function(_pulldata, 4, 4),
    "checklist": Function(tallies.checklist, 2, None, nodeset="all"),
    "weighted-checklist": Function(tallies.weighted_checklist, 2, None, nodeset="all"),
    "area": Function(tallies.area, 1, 1, nodeset="first"),
    "distance": Function(tallies.distance, 1, None, nodeset="all"),
}
