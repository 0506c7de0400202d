"""Answers and fields as people read them, for the review tabs (conflicts, duplicates, rows
edited outside): choice labels instead of codes, dates as dates, numbers in full with the
form language's decimal mark, and a repeat answer's field as "<repeat label> 2 · <question label>".

The form may be None (a form version not loaded here): then values show as stored and fields
by their keys.
"""

from __future__ import annotations

import datetime as dt

from surveyor.core.forms.languages import form_language, is_vietnamese
from surveyor.core.forms.model import Form, Group, Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import number_text
from surveyor.ui.questions.labels import choice_label, other_choice, plain_text

DATE_FORMAT, DATETIME_FORMAT = "%d/%m/%Y", "%d/%m/%Y %H:%M"
_DATETIMES = frozenset({"datetime", "start", "end"})
_DATES = frozenset({"date", "today"})


def question_of(form: Form | None, key: str) -> Question | None:
    if form is None:
        return None
    try:
        return form.question(key)
    except KeyError:
        return None


def value_text(form: Form | None, key: str, value: Value, language: str | None) -> str:
    """The answer `value` to question `key` as a person reads it ('' for no answer)."""
    if value is None or value == "":
        return ""
    question = question_of(form, key)
    if question is None:
        return _plain(value, language)
    lang = form_language(form, language)
    if question.type in ("select_one", "select_multiple"):
        names = str(value).split() if question.type == "select_multiple" else [str(value)]
        return ", ".join(_choice_text(question, name, lang) for name in names)
    if question.type in _DATES:
        return _moment(value, DATE_FORMAT, dt.date.fromisoformat, 10)
    if question.type in _DATETIMES:
        return _moment(value, DATETIME_FORMAT, dt.datetime.fromisoformat, None)
    return _plain(value, lang)


def _plain(value: Value, language: str | None) -> str:
    """Numbers in full (two values that differ must not look alike), with the decimal comma
    in Vietnamese; text as stored."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value, comma=is_vietnamese(language))
    return str(value)


def _choice_text(question: Question, name: str, language: str) -> str:
    """A choice's label; the "other" that `or_other` adds in the form language (pyxform
    lists it labelled "Other" in every language)."""
    if question.or_other and name == "other":
        return choice_label(other_choice(language), language)
    for choice in question.choices:
        if choice.name == name:
            return plain_text(choice_label(choice, language))
    return name                          # a code the form does not list: shown as stored


def _moment(value: Value, pattern: str, parse, cut: int | None) -> str:
    """An ISO date or datetime as dd/mm/yyyy (HH:MM), as the person entered it (no time zone
    conversion: answers hold the time where it was taken); anything else as stored."""
    text = str(value).strip()
    try:
        return parse(text[:cut] if cut else text).strftime(pattern)
    except ValueError:
        return text


def repeat_chain(form: Form, repeat: str) -> list[Group]:
    """The repeat `repeat` (a key or name) and the repeats around it, outermost first."""
    repeats = {g.key: g for g in form.repeats()}
    repeats.update({g.name: g for g in form.repeats() if g.name not in repeats})
    chain: list[Group] = []
    group = repeats.get(repeat)
    while group is not None and group not in chain:
        chain.insert(0, group)
        group = repeats.get(group.repeat) if group.repeat else None
    return chain


def field_label(form: Form | None, key: str, language: str | None, *,
                repeat: str | None = None, path: tuple[int, ...] = ()) -> str:
    """A field as people name it: the question's label in the form language; in a repeat row
    "Nguyên liệu 2 · Tên nguyên liệu" (nested rows: each repeat with its row number)."""
    question = question_of(form, key)
    lang = form_language(form, language) if form is not None else language
    label = plain_text(form.text(question.labels, lang)) if question else ""
    label = label or key
    if repeat is None:
        return label
    chain = repeat_chain(form, repeat) if form is not None else []
    if path and len(chain) == len(path):
        rows = [f"{plain_text(form.text(g.labels, lang)) or g.name} {index}"
                for g, index in zip(chain, path, strict=True)]
    else:                                # a repeat the form does not have: as stored
        rows = [f"{repeat} {'.'.join(map(str, path))}".strip()]
    return " · ".join([*rows, label])
