"""The runner of long work: a core operation on a single worker thread, with a progress dialog
that repaints and cancels. Nothing in a job touches a widget; each job opens its own Store."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from surveyor.core.progress import Cancelled, Progress

TICK_MS = 150       # the dialog's clock: a repaint at least this often, whatever the job reports


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One core operation on a pool thread. The operation opens its own Store."""

    def __init__(self, operation: Callable[[Progress], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()          # created on the GUI thread
        self._operation, self._stop = operation, threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        progress = Progress(report=self.signals.progress.emit, cancelled=self._stop.is_set)
        try:
            result = self._operation(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 (shown to the person by the window)
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Runner(QObject):
    """Runs jobs one at a time (the store is written by one thread), each with a dialog."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: list[Job] = []

    def run(self, operation: Callable[[Progress], object], *, title: str,
            done: Callable[[object], None], failed: Callable[[BaseException], None],
            cancelled: Callable[[], None] | None = None, dialog: bool = True) -> Job:
        job = Job(operation)
        box = self._dialog(job, title) if dialog else None

        def finish(handler: Callable, *args) -> None:
            if box is not None:
                box.reset()
                box.deleteLater()
            self.running.remove(job)
            handler(*args)

        job.signals.finished.connect(lambda result: finish(done, result))
        job.signals.failed.connect(lambda error: finish(failed, error))
        job.signals.cancelled.connect(lambda: finish(cancelled or (lambda: None)))
        self.running.append(job)
        self.pool.start(job)
        return job

    def _dialog(self, job: Job, title: str) -> QProgressDialog:
        box = QProgressDialog(title, self.tr("Cancel"), 0, 0, self.parent())
        box.setObjectName("dialog:progress")
        box.setWindowTitle(title)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(300)
        box.setAutoReset(False)
        box.setAutoClose(False)
        box.canceled.connect(job.cancel)
        started, shown = time.monotonic(), {"note": ""}

        def label() -> None:
            """Title, what the job says it is doing, and the time so far: the time moves
            even while a step reports nothing (a commit), so the dialog visibly lives."""
            seconds = int(time.monotonic() - started)
            elapsed = self.tr("{m}:{s:02d} so far").format(m=seconds // 60, s=seconds % 60)
            box.setLabelText("\n".join(t for t in (title, shown["note"], elapsed) if t))
            box.update()         # painted again each tick, also while the text stays the same

        def step(done: int, total: int, note: str) -> None:
            box.setMaximum(max(total, 0))
            box.setValue(min(done, total) if total else 0)
            if note:
                shown["note"] = note
                label()
        job.signals.progress.connect(step)
        ticker = QTimer(box, interval=TICK_MS)
        ticker.timeout.connect(label)
        ticker.start()
        return box

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and for closing the window: wait until the running job ends."""
        return self.pool.waitForDone(msecs)
