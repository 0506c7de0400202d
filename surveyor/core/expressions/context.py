"""What an expression sees while it is evaluated: the Context a caller (the live form) gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol


class Context(Protocol):
    """What an expression can see while it is evaluated."""

    def value(self, name: str) -> object:
        """${name} seen from the current position (in a repeat row: that row's value)."""

    def values(self, name: str) -> list[object]:
        """Every value of ${name} across the rows of its repeat; for a repeat's own name, one
        item per row; outside any repeat, a one-item list. Used by sum(), count(), min()/max(),
        join(), count-non-empty() and indexed-repeat()."""

    def current(self) -> object:
        """The value of current() and '.': the question being checked (in a constraint, a
        choice filter). In a choice filter '.' is the choice: see choice_row()."""

    def position(self) -> int:
        """1-based position of the current repeat row (0 outside repeats)."""

    def choice_label(self, name: str, value: str) -> str:
        """Label of choice `value` of question `name` in the form's current language."""

    def now(self) -> dt.datetime:
        """The time to use for today()/now() (fixed in tests)."""

    def choice_rows(self, list_name: str) -> Sequence[Mapping[str, str]]:
        """The choices of a choice list, in order, each as its columns: name, label (in the
        form's current language) and the other choices-sheet columns; () for an unknown list.
        Read by instance('list')/root/item[...] lookups."""

    def choice_row(self) -> Mapping[str, str] | None:
        """The columns of the choice being tested by a choice filter, or None elsewhere: bare
        names and '.' read it."""
