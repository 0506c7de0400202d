"""Answers as text: what a person types turned into an answer, an answer turned back into text
to show, and text folded for searching (no case, no diacritics)."""

from __future__ import annotations

import math
import re
import unicodedata

from surveyor.core.forms.languages import is_vietnamese
from surveyor.core.responses import Value

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_NUMERIC = r"[-+\d\s.,\x{00a0}\x{202f}']*"        # a QRegularExpression (PCRE)


def same_value(a: Value, b: Value) -> bool:
    """Whether two answers are the same answer (5 and 5.0, NFC and NFD text)."""
    if isinstance(a, str) and isinstance(b, str):
        return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    return a == b and (a is None) == (b is None)


def number_text(value: Value, comma: bool = False) -> str:
    """A number as a person reads it: 3.5 (or 3,5 with `comma`), 12, '' for None."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        text = repr(value)
        if "e" in text:
            text = f"{value:.12f}".rstrip("0").rstrip(".")
        text = text.removesuffix(".0")
    else:
        text = str(value)
    return text.replace(".", ",") if comma else text


def display_text(value: Value, language: str | None = None) -> str:
    """An answer as text to show: numbers rounded to 6 significant digits, decimal comma in
    Vietnamese."""
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        value = float(f"{value:.6g}")
    if isinstance(value, (int, float)):
        return number_text(value, comma=is_vietnamese(language))
    return "" if value is None else str(value)


def parse_integer(text: str) -> Value:
    """Typed text as a whole number: '1.234', '1 234', '1,234' -> 1234. Anything else stays the
    text as typed, so validation says what is wrong with it."""
    raw = text.strip()
    compact = _SPACES.sub("", raw)
    if not compact:
        return None
    if re.fullmatch(r"[+-]?\d+", compact):
        return int(compact)
    if _GROUPED.fullmatch(compact):
        return int(re.sub(r"[.,]", "", compact))
    return raw


def parse_decimal(text: str) -> Value:
    """Typed text as a number: '3,5' and '3.5' -> 3.5; '1.234,5' and '1,234.5' -> 1234.5;
    '1.234.567' -> 1234567.0. Anything else stays the text as typed."""
    raw = text.strip()
    compact = _SPACES.sub("", raw)
    if not compact:
        return None
    dots, commas = compact.count("."), compact.count(",")
    if dots and commas:
        point = "." if compact.rfind(".") > compact.rfind(",") else ","
        other = "," if point == "." else "."
        if compact.count(point) == 1:
            compact = compact.replace(other, "").replace(point, ".")
    elif commas == 1 and dots == 0:
        compact = compact.replace(",", ".")
    elif (dots > 1 or commas > 1) and _GROUPED.fullmatch(compact):
        compact = re.sub(r"[.,]", "", compact)
    try:
        number = float(compact)
    except ValueError:
        return raw
    return number if math.isfinite(number) else raw


def parse_time(text: str) -> Value:
    """'8:30', '08:30', '8h30', '0830', '8' -> '08:30:00'; anything else stays as typed."""
    raw = text.strip()
    if not raw:
        return None
    match = re.fullmatch(r"(\d{1,2})(?:\s*[:hH.]\s*(\d{1,2})?(?:\s*:\s*(\d{1,2}))?)?", raw)
    if not match and re.fullmatch(r"\d{3,4}", raw):
        match = re.fullmatch(r"(\d{1,2})(\d{2})()", raw)
    if match:
        hour, minute, second = (int(g) if g else 0 for g in match.groups())
        if hour < 24 and minute < 60 and second < 60:
            return f"{hour:02d}:{minute:02d}:{second:02d}"
    return raw
