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

    def part(self, start: int, width: int, total: int, note: str = "") -> Progress:
        """A Progress for one part of a job: its steps fill [start, start + width) of `total`."""
        def report(done: int, part_total: int, _note: str = "") -> None:
            share = width * done // part_total if part_total else 0
            self.report(start + min(share, width), total, note)
        return Progress(report=report, cancelled=self.cancelled)


SILENT = Progress()
