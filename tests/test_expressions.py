"""XLSForm expressions: operators, coercions and functions with ODK (JavaRosa) semantics,
references, and syntax errors with their positions."""

from __future__ import annotations

import datetime as dt
import math
import re
import timeit

import pytest

from surveyor.core.expressions import ExpressionError, parse

NAN, INF = float("nan"), float("inf")
NOW = dt.datetime(2026, 11, 24, 10, 0)
LABELS = {("crop", "rice"): "Lúa", ("crop", "maize"): "Ngô", ("crops", "rice"): "Lúa",
          ("crops", "maize"): "Ngô"}
MEMBERS = ["An", "Bình", "Chi"]
WARDS = [
    {"name": "hoan_kiem", "label": "Hoàn Kiếm", "city": "hn", "lat": "21.0285", "pop": "135000"},
    {"name": "ba_dinh", "label": "Ba Đình", "city": "hn", "lat": "21.0341", "pop": "221000"},
    {"name": "le_chan", "label": "Lê Chân", "city": "hp", "lat": "20.8449", "pop": "219000"},
]
CHOICE_LISTS = {"ward": WARDS, "city": [{"name": "hn", "label": "Hà Nội"},
                                        {"name": "hp", "label": "Hải Phòng"}]}


def days(iso: str) -> int:
    """Days from 1970-01-01 to an ISO date."""
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days


class Answers:
    """A dict-backed Context: key '.' is the current value, '#' the repeat position, '@row' the
    columns of the choice a choice filter is testing, and a list holds one value per repeat row."""

    def __init__(self, answers: dict[str, object]):
        self.answers = answers

    def value(self, name: str) -> object:
        found = self.answers.get(name)
        if isinstance(found, list):
            row = self.position()
            return found[row - 1] if 0 < row <= len(found) else ""
        return found

    def values(self, name: str) -> list[object]:
        found = self.answers.get(name)
        return found if isinstance(found, list) else [found]

    def current(self) -> object:
        return self.answers.get(".")

    def position(self) -> int:
        return int(self.answers.get("#", 0))  # type: ignore[call-overload]

    def choice_label(self, name: str, value: str) -> str:
        return LABELS.get((name, value), "")

    def now(self) -> dt.datetime:
        return NOW

    def choice_rows(self, list_name: str) -> list[dict[str, str]]:
        return CHOICE_LISTS.get(list_name, [])

    def choice_row(self) -> dict[str, str] | None:
        return self.answers.get("@row")  # type: ignore[return-value]


def same(result: object, expected: object) -> bool:
    """Equal, with NaN equal to NaN, floats compared closely, and bool never taken for 1."""
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(result, float) and math.isnan(result)
    if isinstance(expected, bool) or isinstance(result, bool):
        return type(result) is type(expected) and result == expected
    if isinstance(expected, (int, float)):
        return isinstance(result, (int, float)) and math.isclose(result, expected, abs_tol=1e-9)
    return type(result) is type(expected) and result == expected


OPERATORS = [
    ("1 + 2", {}, 3), ("7 - 10", {}, -3), ("6 * 7", {}, 42), ("7 div 2", {}, 3.5),
    ("7 mod 3", {}, 1), ("-7 mod 3", {}, -1), ("7.5 mod 2", {}, 1.5), ("1 div 0", {}, INF),
    ("-1 div 0", {}, -INF), ("0 div 0", {}, NAN), ("5 mod 0", {}, NAN),
    ("2 + 3 * 4", {}, 14), ("(2 + 3) * 4", {}, 20), ("10 - 4 - 3", {}, 3),
    ("24 div 4 div 2", {}, 3), ("-2 * 3", {}, -6), ("- - 2", {}, 2), ("-${n}", {"n": 4}, -4),
    ("1.5 + .5", {}, 2), ("3 > 2 = true()", {}, True),
    ("1 = 1 or 1 = 2 and 1 = 2", {}, True), ("(1 = 1 or 1 = 2) and 1 = 2", {}, False),
    ("'abc'", {}, "abc"), ('"say \'hi\'"', {}, "say 'hi'"), ("'it' = \"it\"", {}, True),
    ("true()", {}, True), ("false()", {}, False), ("true() and false()", {}, False),
    ("true() or false()", {}, True), ("not(false())", {}, True),
    ("3 <= 3", {}, True), ("3 >= 4", {}, False), ("2 < 3", {}, True), ("2 != 2", {}, False),
    ("${a} = 'yes' and ${b} > 3", {"a": "yes", "b": 5}, True),
    ("${a} = 'yes' and ${b} > 3", {"a": "yes", "b": 3}, False),
    ("${a} = 'yes' and ${b} > 3", {"a": "yes", "b": None}, False),
    ("${a} = 'no' or ${b} > 3", {"a": "yes", "b": 4.5}, True),
    ("${a} and ${b}", {"a": "x", "b": ""}, False), ("${a} or ${b}", {"a": "", "b": "x"}, True),
    ("${n} + ${m}", {"n": 2, "m": 2.5}, 4.5), ("${t} * 2", {"t": "21"}, 42),
    ("${n}-1", {"n": 5}, 4), ("${n}-${m}", {"n": 5, "m": 2}, 3), ("5-3", {}, 2),
    ("${n} div ${m}", {"n": 1, "m": 4}, 0.25), ("${n} mod ${m}", {"n": 9, "m": 4}, 1),
]

EMPTY_AND_TEXT = [
    ("${n} + 1", {"n": None}, NAN), ("${n} + 1", {"n": ""}, NAN), ("${a}", {"a": None}, ""),
    ("${a} = ''", {"a": None}, True), ("${a} = ''", {"a": ""}, True),
    ("${a} != ''", {"a": None}, False), ("${n} < 5", {"n": None}, False),
    ("${n} > 5", {"n": None}, False), ("${n} >= 0", {"n": ""}, False),
    ("${n} = 5", {"n": None}, False), ("${n} != 5", {"n": None}, True),
    ("${a} = ${b}", {}, True), ("${n} * 2", {"n": "abc"}, NAN),
    ("string(${n} + 1)", {"n": None}, "NaN"),
    ("'10' > 9", {}, True), ("${t} > 9", {"t": "10"}, True), ("${t} = 10", {"t": "10.0"}, True),
    ("${t} = '10'", {"t": "10.0"}, False), ("${n} = '5'", {"n": 5}, True),
    ("'abc' = 'abc'", {}, True), ("'abc' != 'abd'", {}, True), ("'abc' < 'abd'", {}, False),
    ("'10' < '9'", {}, False), ("'1,5' = 1.5", {}, True), ("' 7 ' = 7", {}, True),
    ("'1e3' = 1000", {}, False), ("true() = 'abc'", {}, True), ("false() = ''", {}, True),
    ("true() = 1", {}, True), ("0 = false()", {}, True), ("0.1 + 0.2 = 0.3", {}, True),
]

CONVERSIONS = [
    ("string(3)", {}, "3"), ("string(2.5)", {}, "2.5"), ("string(1 div 0)", {}, "Infinity"),
    ("string(-1 div 0)", {}, "-Infinity"), ("string(0.1 + 0.2)", {}, "0.30000000000000004"),
    ("string(1000000 * 1000000 * 1000)", {}, "1000000000000000"),
    ("string(0.00001)", {}, "0.00001"), ("string(true())", {}, "true"),
    ("string(${n})", {"n": 5}, "5"), ("string()", {".": "x"}, "x"),
    ("boolean('')", {}, False), ("boolean('a')", {}, True), ("boolean('0')", {}, True),
    ("boolean(0)", {}, False), ("boolean(0 div 0)", {}, False), ("boolean(-2)", {}, True),
    ("boolean(${n})", {"n": 0}, False), ("boolean(today())", {}, True),
    ("boolean-from-string('true')", {}, True), ("boolean-from-string('TRUE')", {}, True),
    ("boolean-from-string('1')", {}, True), ("boolean-from-string('yes')", {}, False),
    ("boolean-from-string(${a})", {"a": None}, False),
    ("number('abc')", {}, NAN), ("number('12.5')", {}, 12.5), ("number('')", {}, NAN),
    ("number(true())", {}, 1), ("number('-3')", {}, -3),
    ("number('2025-01-02')", {}, days("2025-01-02")),
    ("int(3.7)", {}, 3), ("int(-3.7)", {}, -3), ("int('12abc')", {}, NAN),
    ("int(${n})", {"n": "7.9"}, 7),
]

MATHS = [
    ("round(2.5)", {}, 3), ("round(-2.5)", {}, -2), ("round(-2.6)", {}, -3),
    ("round(2.4)", {}, 2), ("round(3.14159, 2)", {}, 3.14), ("round(1.005, 2)", {}, 1.01),
    ("round(1234.5, -2)", {}, 1200), ("round(${n})", {"n": None}, NAN),
    ("floor(-1.5)", {}, -2), ("ceiling(1.2)", {}, 2), ("ceiling(-1.2)", {}, -1),
    ("abs(-3)", {}, 3), ("abs(${n})", {"n": ""}, NAN),
    ("pow(2, 10)", {}, 1024), ("pow(4, 0.5)", {}, 2), ("pow(-8, 1 div 3)", {}, NAN),
    ("sqrt(16)", {}, 4), ("sqrt(-1)", {}, NAN), ("exp(0)", {}, 1), ("log(exp(2))", {}, 2),
    ("log(0)", {}, -INF), ("log10(1000)", {}, 3), ("log10(-1)", {}, NAN),
    ("exp10(2)", {}, 100), ("sin(pi() div 2)", {}, 1), ("atan2(1, 1) * 4", {}, math.pi),
    ("max(3, 7, 5)", {}, 7), ("min(3, 7, 5)", {}, 3), ("max(${n}, 2)", {"n": None}, 2),
    ("min(${ages})", {"ages": [30, 12, 45]}, 12), ("max(${ages})", {"ages": [30, 12, 45]}, 45),
    ("max(${ages})", {"ages": []}, NAN), ("min(${ages}, 5)", {"ages": [30, 12]}, 5),
]

REPEATS = [
    ("sum(${bags})", {"bags": [3, 4, None, "5"]}, 12), ("sum(${bags})", {"bags": []}, 0),
    ("count(${members})", {"members": [1, 2, 3]}, 3), ("count(${age})", {"age": [30, None]}, 2),
    ("count-non-empty(${age})", {"age": [30, None, ""]}, 1),
    ("sum(${bags}) div count(${bags})", {"bags": [2, 4]}, 3),
    ("indexed-repeat(${name}, ${members}, 2)", {"name": MEMBERS}, "Bình"),
    ("indexed-repeat(${name}, ${members}, 9)", {"name": MEMBERS}, ""),
    ("indexed-repeat(${name}, ${members}, 0)", {"name": MEMBERS}, "An"),
    ("indexed-repeat(${name}, ${members}, ${k})", {"name": MEMBERS, "k": 3}, "Chi"),
    ("position(..)", {"#": 2}, 2), ("position()", {"#": 3}, 3),
    ("${name}", {"name": MEMBERS, "#": 2}, "Bình"),
    ("concat(position(..), '/', count(${name}))", {"name": MEMBERS, "#": 2}, "2/3"),
    ("join(', ', ${name})", {"name": ["An", "Bình"]}, "An, Bình"),
    ("join('-', 'a', 'b', 'c')", {}, "a-b-c"),
]

SELECTS = [
    ("selected(${crops}, 'rice')", {"crops": "rice maize"}, True),
    ("selected(${crops}, 'ric')", {"crops": "rice maize"}, False),
    ('selected(${crops},"maize")', {"crops": "rice maize"}, True),
    ("selected(${crops}, ' maize ')", {"crops": "rice maize"}, True),
    ("selected(${crops}, 'rice')", {"crops": None}, False),
    ("is-selected(${crops}, 'tea')", {"crops": "tea"}, True),
    ("selected(., 'c') and selected(., 'd')", {".": "c d"}, True),
    ("not(count-selected(.) > 1 and selected(., 'no'))", {".": "no yes"}, False),
    ("not(count-selected(.) > 1 and selected(., 'no'))", {".": "no"}, True),
    ("count-selected(${crops})", {"crops": "rice maize  tea"}, 3),
    ("count-selected(${crops})", {"crops": ""}, 0),
    ("selected-at(${crops}, 0)", {"crops": "rice maize tea"}, "rice"),
    ("selected-at(${crops}, 2)", {"crops": "rice maize tea"}, "tea"),
    ("selected-at(${crops}, 5)", {"crops": "rice maize tea"}, ""),
    ("selected-at(${crops}, -1)", {"crops": "rice maize tea"}, ""),
    ("jr:choice-name(${crop}, '${crop}')", {"crop": "rice"}, "Lúa"),
    ("jr:choice-name('maize', '/data/farm/crop')", {}, "Ngô"),
    ("jr:choice-name(${crop}, '${crop}')", {"crop": None}, ""),
    ("jr:choice-name(selected-at(${crops}, 1), '${crops}')", {"crops": "rice maize"}, "Ngô"),
    ("jr:choice-name(${crop}, concat('${', 'crop', '}'))", {"crop": "maize"}, "Ngô"),
]

BRANCHES_AND_TEXT = [
    ("if(${n} > 10, 'big', 'small')", {"n": 11}, "big"),
    ("if(${n} > 10, 'big', 'small')", {"n": None}, "small"),
    ("if(${a}, 1, 2)", {"a": "x"}, 1),
    ("coalesce(${a}, 'none')", {"a": None}, "none"), ("coalesce(${a}, 'none')", {"a": "x"}, "x"),
    ("coalesce(${n} + 1, 0)", {"n": None}, 0), ("coalesce(${a}, ${b})", {}, ""),
    ("concat('a', 1, true(), ${n})", {"n": 2.5}, "a1true2.5"), ("concat()", {}, ""),
    ("concat(${a}, ' ', ${b})", {"a": "Hà", "b": None}, "Hà "),
    ("once(${a})", {".": "", "a": "first"}, "first"),
    ("once(${a})", {".": "kept", "a": "new"}, "kept"),
    ("regex(., '^[0-9]{3}$')", {".": "123"}, True),
    ("regex(., '^[0-9]{3}$')", {".": "1234"}, False),
    ("regex(${p}, '[0-9]{3}')", {"p": "1234"}, False),
    ("regex(${p}, '[0-9]+')", {"p": "1234"}, True),
    ("regex(${p}, '0[0-9]{9}')", {"p": "0912345678"}, True),
    ("regex('', '.*')", {}, True), ("regex(${a}, ${pattern})", {"a": "x", "pattern": "("}, False),
    ("string-length('Hà Nội')", {}, 6), ("string-length(${a})", {"a": None}, 0),
    ("string-length()", {".": "abcd"}, 4),
    ("substr('Hà Nội', 3)", {}, "Nội"), ("substr('abcdef', 1, 3)", {}, "bc"),
    ("substr('abcdef', -2)", {}, "ef"), ("substr('abcdef', 4, 2)", {}, ""),
    ("substr('abc', 0, 10)", {}, "abc"),
    ("substring-before('2025-03-01', '-')", {}, "2025"),
    ("substring-after('2025-03-01', '-')", {}, "03-01"),
    ("substring-before('abc', 'x')", {}, ""), ("substring-after('abc', 'x')", {}, ""),
    ("substring-after('abc', '')", {}, "abc"), ("substring-before('abc', '')", {}, ""),
    ("contains('Hà Nội', 'Nội')", {}, True), ("contains(${a}, '')", {"a": None}, True),
    ("starts-with('0912', '09')", {}, True), ("ends-with('file.xlsx', '.xlsx')", {}, True),
    ("ends-with('x', 'xx')", {}, False),
    ("normalize-space('  a   b \n c ')", {}, "a b c"),
    ("normalize-space()", {".": " x  y "}, "x y"),
    ("translate('abc', 'abc', 'ABC')", {}, "ABC"), ("translate('--a--', '-', '')", {}, "a"),
    ("translate('aab', 'ab', 'b')", {}, "bb"),
    ("digest('abc', 'SHA-256', 'hex')", {},
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("digest('abc', 'MD5')", {}, "kAFQmDzST7DWlj99KOF/cg=="),
    ("base64-decode('SGVsbG8=')", {}, "Hello"),
]

DATES = [
    ("today()", {}, dt.date(2026, 11, 24)), ("string(today())", {}, "2026-11-24"),
    ("now()", {}, NOW), ("string(now())", {}, "2026-11-24T10:00:00.000"),
    ("today() - ${d}", {"d": "2026-11-20"}, 4), ("today() - date('2025-11-24')", {}, 365),
    ("${d} < today()", {"d": "2026-11-23"}, True), ("${d} > today()", {"d": "2026-11-23"}, False),
    (". <= today()", {".": "2027-01-01"}, False), ("${d} = today()", {"d": "2026-11-24"}, True),
    ("${d} != today()", {"d": "2026-11-23"}, True), ("today() > '2026-01-01'", {}, True),
    ("${d2} - ${d1}", {"d1": "2026-02-27", "d2": "2026-03-01"}, 2),
    ("${d} + 7 < today()", {"d": "2026-11-10"}, True),
    ("date(${d}) = date('2026-11-10')", {"d": "2026-11-10"}, True),
    ("${t} < now()", {"t": "2026-11-24T09:30:00"}, True),
    ("number(today())", {}, days("2026-11-24")), ("today() - ${d}", {"d": None}, NAN),
    ("format-date(date('2025-01-31') + 1, '%Y-%m-%d')", {}, "2025-02-01"),
    ("format-date(date('2024-02-28') + 1, '%Y-%m-%d')", {}, "2024-02-29"),
    ("format-date('2025-03-05', '%d/%m/%Y')", {}, "05/03/2025"),
    ("format-date('2025-03-05', '%e/%n/%y')", {}, "5/3/25"),
    ("format-date('2025-03-05', '%a %e %b')", {}, "Wed 5 Mar"),
    ("format-date('2025-03-05', '100%% week %W')", {}, "100% week 10"),
    ("format-date(${d}, '%Y')", {"d": None}, ""),
    ("format-date(today(), '%Y-%m-%d')", {}, "2026-11-24"),
    ("format-date-time('2025-03-05T14:07:09.250', '%H:%M:%S.%3 %h')", {}, "14:07:09.250 14"),
    ("format-date-time(now(), '%H:%M')", {}, "10:00"),
    ("date('2025-01-31')", {}, dt.date(2025, 1, 31)), ("date(0)", {}, dt.date(1970, 1, 1)),
    ("string(date(365))", {}, "1971-01-01"), ("date('not a date')", {}, ""),
    ("date('2025-02-30')", {}, ""),
    ("date-time('2025-03-01T06:00:00')", {}, dt.datetime(2025, 3, 1, 6)),
    ("date-time(0.25)", {}, dt.datetime(1970, 1, 1, 6)),
    ("decimal-date-time('1970-01-02T12:00:00')", {}, 1.5),
    ("decimal-date-time('1970-01-02T12:00:00.000+07:00')", {}, 1.5 - 7 / 24),   # UTC counts
    ("decimal-date-time(now())", {}, days("2026-11-24") + 10 / 24),
    ("decimal-time('18:00:00.000+07:00')", {}, 0.75), ("decimal-time('06:00')", {}, 0.25),
]

PATHS = [
    ("current()/../x + 1", {"x": 1}, 2), ("../kk * 2", {"kk": 3}, 6),
    ("/data/group/q = 'a'", {"q": "a"}, True), ("current()", {".": "v"}, "v"),
    ("./.", {".": "v"}, "v"), (". > 0", {".": 3}, True),
    ("region = ${r}", {"region": "north", "r": "north"}, True),
    ("int(livelihoods_id)=selected-at(${c}, 0)", {"livelihoods_id": "3", "c": "3 5"}, True),
    ("${consent}=\"no\"", {"consent": "no"}, True),
]

# In a choice filter ('@row': the choice being tested) a bare name is the choice's column and
# ${name} the question, even when they are spelt alike; '.' is the choice, current() the question.
CHOICE_FILTERS = [
    ("city = ${city}", {"@row": {"name": "hk", "city": "hn"}, "city": "hn"}, True),
    ("city = ${city}", {"@row": {"name": "lc", "city": "hp"}, "city": "hn"}, False),
    ("city=${city}", {"@row": {"name": "hn", "city": "hp"}, "city": "hn"}, False),
    ("name = ${name}", {"@row": {"name": "an"}, "name": "an"}, True),
    ("name=${name}", {"@row": {"name": "binh"}, "name": "an"}, False),
    (". = ${name}", {"@row": {"name": "an"}, "name": "an"}, True),
    ("current() = 'q'", {"@row": {"name": "an"}, ".": "q"}, True),
    ("region = ${r} or name = 'other'", {"@row": {"name": "other"}, "r": "north"}, True),
    ("../kk = ${kk}", {"@row": {"name": "a", "kk": "1"}, "kk": "2"}, False),
    ("city = ${city}", {"city": "hn"}, True),          # outside a choice filter: both questions
]

# instance('list')/root/item[predicate]/column: a node-set (a list) of the kept choices' column.
LOOKUPS = [
    ("instance('ward')/root/item[name = ${w}]/lat", {"w": "ba_dinh"}, ["21.0341"]),
    ("instance('ward')/root/item[name=${w}]/label", {"w": "le_chan"}, ["Lê Chân"]),
    ("instance('ward')/root/item[${w} = name]/pop * 2", {"w": "ba_dinh"}, 442000),
    ("string(instance('ward')/root/item[name=${w}]/lat)", {"w": "nowhere"}, ""),
    (("concat(instance('ward')/root/item[name=${w}]/lat, ' ', "
      "instance('ward')/root/item[name=${w}]/label, ' 0 0')"), {"w": "hoan_kiem"},
     "21.0285 Hoàn Kiếm 0 0"),
    ("count(instance('ward')/root/item[city = ${c}])", {"c": "hn"}, 2),
    ("count(instance('ward')/root/item[city=${c}])", {"c": None}, 0),
    ("count(instance('ward')/root/item)", {}, 3),
    ("instance('ward')/root/item[city = 'hp']/name", {}, ["le_chan"]),
    ("instance('ward')/root/item[city = ${c} and name != 'hoan_kiem']/name", {"c": "hn"},
     ["ba_dinh"]),
    ("instance('ward')/root/item[pop > 200000]/name", {}, ["ba_dinh", "le_chan"]),
    ("instance('ward')/root/item[pop = 219000]/name", {}, ["le_chan"]),
    ("instance('ward')/root/item[name = ${n}]/name", {"n": 5}, []),
    ("instance('ward')/root/item[2]/label", {}, ["Ba Đình"]),
    ("instance('ward')/root/item[position() = ${k}]/name", {"k": 3}, ["le_chan"]),
    ("sum(instance('ward')/root/item[city = 'hn']/pop)", {}, 356000),
    ("instance('ward')/root/item[name = current()/../w]/city", {"w": "le_chan"}, ["hp"]),
    ("instance('ward')/root/item[name = current()]/city", {".": "ba_dinh"}, ["hn"]),
    ("instance('city')/root/item[name = instance('ward')/root/item[name = ${w}]/city]/label",
     {"w": "le_chan"}, ["Hải Phòng"]),
    ("instance('nowhere')/root/item[name = ${w}]/lat", {"w": "x"}, []),
    ("coalesce(instance('ward')/root/item[name = ${w}]/lat, 'none')", {"w": "x"}, "none"),
    ("if(instance('ward')/root/item[name = ${w}]/city = 'hn', 'HN', 'other')",
     {"w": "ba_dinh"}, "HN"),
    ("instance('ward')/root/item[name = ${w}]/lat = ''", {"w": "x"}, True),   # as JavaRosa
    ("string-length(instance('ward')/root/item[name = ${w}]/lat) > 0", {"w": "x"}, False),
]


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    OPERATORS + EMPTY_AND_TEXT + CONVERSIONS + MATHS + REPEATS + SELECTS + BRANCHES_AND_TEXT
    + DATES + PATHS + CHOICE_FILTERS + LOOKUPS)
def test_expression_has_its_odk_value(text: str, answers: dict[str, object], expected: object):
    result = parse(text).evaluate(Answers(answers))
    assert same(result, expected), f"{text!r} gave {result!r}, expected {expected!r}"


SYNTAX_ERRORS = [
    ("${a} +", 5, "'+' has nothing after it"),
    ("${a} and", 5, "'and' has nothing after it"),
    ("(${a} + 1", 0, "'(' is never closed"),
    ("((1)", 0, "'(' is never closed"),
    ("${a} + 1)", 8, "')' has no matching '('"),
    ("if(${a}, 1, 2", 2, "'(' of if() is never closed"),
    ("concat('a', )", 12, "expected a value after ','"),
    ("concat(, 'a')", 7, "',' needs a value before it"),
    ("1 +* 2", 3, "'*' needs a value before it"),
    ("= 3", 0, "'=' needs a value before it"),
    ("foo(1)", 0, "unknown function foo()"),
    ("1 + Selected(${a}, 'x')", 4, "unknown function Selected() (did you mean selected()?)"),
    ("instance('x')", 0, "instance(): secondary instances are not supported, except a lookup"),
    ("instance('x')/root/item[name = 1]/a/b", 0, "instance(): secondary instances"),
    ("1 + instance('x')/root/choice/a", 4, "instance(): secondary instances"),
    ("instance(${x})/root/item/a", 0, "instance(): secondary instances"),
    ("instance('x')/root/item[1][2]", 0, "instance(): secondary instances"),
    ("instance('x')/root/item/", 0, "instance(): secondary instances"),
    ("instance('x')/root/item[name = 1", 23, "'[' is never closed: add ]"),
    ("instance('x')/root/item[]/a", 24, "']' needs a value before it"),
    ("instance('x')/root/item[name = 1)]", 32, "')' has no matching '('"),
    ("pulldata('f', 'c', 'k')", 0, "pulldata() takes 4 arguments, not 3"),
    ("‘yes’", 0, "typographic quote ‘ : use a straight '"),
    ("${a} = ‘yes’", 7, "typographic quote ‘ : use a straight '"),
    ("${a} = “yes”", 7, 'typographic quote “ : use a straight "'),
    ("${a} = 'yes’", 7, "never closed: add a closing ' (’ is a typographic quote)"),
    ("'abc", 0, "the text starting here is never closed: add a closing '"),
    ("${a} == 'x'", 5, "use = to compare, not =="),
    ("${a} <> 2", 5, "use != for 'not equal', not <>"),
    ("${a} && ${b}", 5, "use and, not &&"),
    ("${a} || ${b}", 5, "use or, not ||"),
    ("${a} ! 2", 5, "use != for 'not equal', or not(...)"),
    ("${a} 'x'", 5, "missing an operator (such as and, or, =, +) before 'x'"),
    ("${a} ${b}", 5, "missing an operator (such as and, or, =, +) before ${b}"),
    ("${a", 0, "'${' is never closed: add }"),
    ("${a b} = 1", 0, "'${a b}' is not a question reference"),
    ("${} = 1", 0, "'${}' is not a question reference"),
    ("$a = 1", 0, "a reference is written ${name}"),
    ("", 0, "the expression is empty"),
    ("   ", 0, "the expression is empty"),
    ("${a} / 2", 5, "'/' must be followed by a name in a path (to divide, use div)"),
    ("if(${a}, 1)", 0, "if() takes 3 arguments, not 2"),
    ("today(1)", 0, "today() takes 0 arguments, not 1"),
    ("not()", 0, "not() takes 1 argument, not 0"),
    ("coalesce(${a})", 0, "coalesce() takes at least 2 arguments, not 1"),
    ("round(1, 2, 3)", 0, "round() takes 1 to 2 arguments, not 3"),
    ("current(1)", 0, "current() takes 0 arguments, not 1"),
    ("sum(3)", 0, "sum() needs a question or repeat, like ${name}, as its first argument"),
    ("indexed-repeat(${a}, ${r1}, 1, ${r2}, 2)", 0, "nested repeats"),
    ("position(../..)", 0, "position() supports only position(..)"),
    ("regex(., '[0-9')", 0, "regex() pattern '[0-9' is not valid"),
    ("format-date(today(), '%Q')", 0, "format-date() does not know '%Q'"),
    ("${a}[1]", 4, "predicates [...] are not supported"),
    ("${a} | ${b}", 5, "the node-set union | is not supported"),
    ("@id", 0, "attributes (@) are not supported"),
    ("//q", 0, "'//' paths are not supported"),
    ("selected(${a}; 'x')", 13, "use , between arguments, not ;"),
    ("${a} = 1 ,", 9, "',' outside the arguments of a function"),
    ("1 # 2", 2, "unexpected character '#'"),
]


@pytest.mark.parametrize(("text", "position", "message"), SYNTAX_ERRORS)
def test_syntax_error_names_the_bad_spot(text: str, position: int, message: str):
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert message in caught.value.message
    assert caught.value.position == position
    assert caught.value.text == text


def test_caret_points_under_the_bad_token():
    with pytest.raises(ExpressionError) as caught:
        parse("${a} = ‘yes’")
    assert caught.value.caret() == "       ^"
    assert str(caught.value) == "typographic quote ‘ : use a straight '"


@pytest.mark.parametrize(("text", "names"), [
    ("${a} + ${b}", {"a", "b"}), ("current()/../x", {"x"}), ("/data/group/q", {"q"}),
    ("../kk", {"kk"}), ("jr:choice-name(${c}, '${crop}')", {"c", "crop"}),
    (". > 0", set()), ("position(..)", set()), ("count(${members})", {"members"}),
    ("region = ${r}", {"region", "r"}), ("today()", set()), ("'${not_a_ref}'", set()),
    ("instance('ward')/root/item[name = ${w}]/lat", {"w"}),
])
def test_references_name_the_questions_read(text: str, names: set[str]):
    assert parse(text).references == frozenset(names)


@pytest.mark.parametrize(("text", "questions", "columns"), [
    ("city = ${city}", {"city"}, {"city"}), ("name=${name}", {"name"}, {"name"}),
    ("region = ${r}", {"r"}, {"region"}), ("current()/../x + ../y + /data/g/z", {"x", "z"}, {"y"}),
    ("jr:choice-name(c, '${crop}')", {"crop"}, {"c"}),
    ("instance('ward')/root/item[city = ${c} and pop > p]/lat", {"c"}, set()),
    ("count(instance('ward')/root/item[city = current()/../c])", {"c"}, set()),
])
def test_a_question_reference_is_told_apart_from_a_bare_name(text, questions, columns):
    expr = parse(text)
    assert (expr.questions, expr.columns) == (frozenset(questions), frozenset(columns))
    assert expr.references == expr.questions | expr.columns


def test_lookups_name_the_lists_and_columns_they_read():
    expr = parse("if(${w} != '', instance('ward')/root/item[city = ${c} and pop > 1]/lat, "
                 "count(instance('city')/root/item))")
    assert expr.lookups == {("ward", "city"), ("ward", "pop"), ("ward", "lat"), ("city", "name")}
    assert expr.references == {"w", "c"}


def test_a_lookup_sees_the_choice_list_it_is_given_each_time():
    class Lists(Answers):
        def choice_rows(self, list_name: str) -> list[dict[str, str]]:
            return self.answers["@lists"][list_name]  # type: ignore[index]

    expr = parse("instance('ward')/root/item[name = ${w}]/lat")
    first = Lists({"w": "a", "@lists": {"ward": [{"name": "a", "lat": "1"}]}})
    second = Lists({"w": "a", "@lists": {"ward": [{"name": "b", "lat": "2"},
                                                  {"name": "a", "lat": "3"}]}})
    assert [expr.evaluate(first), expr.evaluate(second), expr.evaluate(first)] == [
        ["1"], ["3"], ["1"]]


def test_parse_is_cached_and_the_result_is_frozen():
    expr = parse("${a} > 1")
    assert parse("${a} > 1") is expr
    with pytest.raises(AttributeError):
        expr.text = "other"  # type: ignore[misc]


def test_if_evaluates_only_the_branch_taken():
    class Counting(Answers):
        def value(self, name: str) -> object:
            self.answers["seen"] = [*self.answers.get("seen", []), name]  # type: ignore[list-item]
            return super().value(name)

    ctx = Counting({"a": "x"})
    assert parse("if(${a} = 'x', 'yes', ${b})").evaluate(ctx) == "yes"
    assert ctx.answers["seen"] == ["a"]


def test_uuid_random_and_their_shapes():
    ctx = Answers({})
    first, second = parse("uuid()").evaluate(ctx), parse("uuid()").evaluate(ctx)
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        str(first))
    assert first != second
    assert re.fullmatch(r"[A-Za-z0-9]{12}", str(parse("uuid(12)").evaluate(ctx)))
    draws = [parse("random()").evaluate(ctx) for _ in range(50)]
    assert all(0 <= d < 1 for d in draws) and len(set(draws)) > 1  # type: ignore[operator]


def test_a_lookup_by_name_in_a_long_list_takes_microseconds():
    rows = [{"name": f"u{i}", "lat": str(i)} for i in range(5000)]

    class Long(Answers):
        def choice_rows(self, list_name: str) -> list[dict[str, str]]:
            return rows

    expr, ctx = parse("instance('uni')/root/item[name = ${u}]/lat"), Long({"u": "u4321"})
    assert expr.evaluate(ctx) == ["4321"]
    best = min(timeit.repeat(lambda: expr.evaluate(ctx), number=1000, repeat=5)) / 1000
    assert best < 50e-6, f"{best * 1e6:.2f} µs per lookup"


def test_typical_relevant_evaluates_in_microseconds():
    expr, ctx = parse("${a} = 'yes' and ${b} > 3"), Answers({"a": "yes", "b": 5})
    best = min(timeit.repeat(lambda: expr.evaluate(ctx), number=20_000, repeat=5)) / 20_000
    assert best < 10e-6, f"{best * 1e6:.2f} µs per evaluation"
