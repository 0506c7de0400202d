"""Progress reporting and cancellation as plain callables; the CLI and the UI adapt them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside an operation when the caller asked it to stop."""


@dataclass(frozen=True)
class Progress:
    report: Callable[[int, int, str], None] = lambda done, total, note: None
    cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int, note: str = "") -> None:
        if self.cancelled():
            raise Cancelled
        self.report(done, total, note)


SILENT = Progress()
