"""Window import benchmark: 300 workbooks / 60k responses imported from the window, through the
real runner and progress dialog, against `surveyor import` on a copy of the same empty store.

Prints figures measured in this one run; it asserts nothing. Goals (issue 8):
  the progress dialog repaints / the window answers at least every 200 ms
  a cancel takes effect within 1 s
  a cancelled import leaves the store as it was before the file being merged

  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/window_import.py            # 300 / 60k
  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/window_import.py --small    # 30 / 6k
  ... --profile    # also profile the GUI thread's event loop during the import (cProfile)
  ... --workbooks DIR   # make the workbooks in DIR once; later runs use them again

The workbooks are demo responses written by the export's own writer (bench/sync.py
`generate`), made once into a temporary folder and used by every run below. Surveyor's
modules are imported inside functions: the import's worker process (spawn) loads this script
again as its main module and should find it light.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

GOAL_GAP, GOAL_CANCEL = 0.200, 1.0


class Watch:
    """Times of the progress dialog's paints, of the progress updates the job sent, and of a
    10 ms timer on the GUI thread (its gaps are how long the window did not answer)."""

    def __init__(self, app):
        from PySide6.QtCore import QEvent, QObject, QTimer

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and watch.recording:
                    widget = obj.window() if hasattr(obj, "window") else None
                    if widget is not None and widget.objectName() == "dialog:progress":
                        watch.paints.append(time.perf_counter())
                return False

        self.recording = False
        self.paints: list[float] = []
        self.ticks: list[float] = []
        self.updates: list[tuple[float, str]] = []
        self.filter = Filter()
        app.installEventFilter(self.filter)
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.recording and self.ticks.append(
            time.perf_counter()))
        self.timer.start()

    def start(self) -> None:
        self.paints, self.ticks, self.updates = [], [time.perf_counter()], []
        self.recording = True

    def follow(self, window) -> None:
        """Record each progress update of the job the window just started."""
        job = window.runner.running[-1]
        job.signals.progress.connect(lambda done, total, note: self.updates.append(
            (time.perf_counter(), note.replace("\n", " | "))))

    def stop(self) -> dict:
        self.recording = False
        end = time.perf_counter()
        silent, note = 0.0, ""
        for (a, before), (b, _) in itertools.pairwise(self.updates):
            if b - a > silent:
                silent, note = b - a, before
        return {"paint_gap": longest_gap(self.paints), "paints": len(self.paints),
                "tick_gap": longest_gap(self.ticks + [end]), "silent": silent,
                "silent_after": note, "updates": len(self.updates)}


def longest_gap(times: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(times)), default=0.0)


def wait_until(app, condition, timeout: float = 300.0) -> float:
    """Run the event loop until condition() holds; the moment it did. On a timeout, every
    thread's stack is printed first (where it hangs)."""
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            import faulthandler

            faulthandler.dump_traceback(all_threads=True)
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter()


def progress_dialog(window):
    from PySide6.QtWidgets import QProgressDialog

    found = [d for d in window.findChildren(QProgressDialog)
             if d.objectName() == "dialog:progress" and d.isVisible()]
    return found[0] if found else None


def window_for(db: Path, folder: Path):
    from PySide6.QtCore import QSettings

    from surveyor.ui.app import build_main_window

    settings = QSettings(str(folder / f"{db.stem}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui_language", "en")
    window = build_main_window(db, settings=settings)
    window.show()
    return window


def window_import(app, watch: Watch, db: Path, files: list[Path], tmp: Path, profile: bool):
    """Dry run, preview, then the import that writes, as a person does it; times and gaps."""
    window = window_for(db, tmp)
    window.import_preview = None
    watch.start()
    start = time.perf_counter()
    window.import_files(files)
    watch.follow(window)
    previewed = wait_until(app, lambda: window.import_preview is not None
                           and window.import_preview.isVisible())
    dry = watch.stop()
    preview = window.import_preview
    window.last_import = None
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    watch.start()
    pressed = time.perf_counter()
    preview.accept()
    watch.follow(window)
    done = wait_until(app, lambda: window.last_import is not None)
    real = watch.stop()
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    window.told.done(0)
    report = window.last_import
    window.close()
    return previewed - start, dry, done - pressed, real, report


def cli_import(db: Path, files: list[Path]) -> float:
    surveyor = Path(sys.executable).with_name("surveyor")
    command = ([str(surveyor)] if surveyor.exists() else [sys.executable, "-m", "surveyor"])
    start = time.perf_counter()
    subprocess.run([*command, "--db", str(db), "import", *map(str, files)], check=True,
                   capture_output=True, text=True)
    return time.perf_counter() - start


def cancelled_import(app, db: Path, files: list[Path], tmp: Path, at: float = 0.5):
    """The import that writes, cancelled with the dialog's button once about `at` of the
    workbooks are merged; how long the cancel took and what the store kept."""
    from PySide6.QtWidgets import QPushButton

    from surveyor.core import jobs

    forms = jobs.catalog().forms
    dry = jobs.import_files(db, files, forms, dry_run=True)
    window = window_for(db, tmp)
    window.told = None
    window.import_now(files, dry)
    target = int(len(files) * at)

    def merging() -> int:
        box = progress_dialog(window)
        text = box.labelText() if box is not None else ""
        for line in text.splitlines():
            if line.startswith("Workbook ") and " of " in line:
                return int(line.split()[1])
        return 0

    wait_until(app, lambda: merging() >= target)
    box = progress_dialog(window)
    at_cancel = merging()
    clicked = time.perf_counter()
    box.findChild(QPushButton).click()
    ended = wait_until(app, lambda: window.told is not None)
    window.told.done(0)
    window.close()
    history = sorted(jobs.history(db), key=lambda r: r.id)
    kept = [r.file for r in history]
    rows = {f.name: f.counts["new"] for f in dry.files}
    whole = kept == [f.name for f in files[:len(kept)]] and all(
        dict(r.counts) == dict(f.counts) for r, f in zip(history, dry.files))
    total = jobs.status(db).total
    return (ended - clicked, at_cancel, len(kept), whole,
            total == sum(rows[name] for name in kept), total)


def workbooks(folder: Path, inspectors: int, responses: int) -> list[Path]:
    from sync import generate

    from surveyor.core import jobs

    return generate(jobs.catalog().forms, folder, inspectors, responses, seed=2024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the full size")
    parser.add_argument("--profile", action="store_true", help="profile the GUI thread")
    parser.add_argument("--workbooks", type=Path, metavar="DIR",
                        help="make the workbooks in DIR once, and use them again next time")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from surveyor.core.store import Store
    from surveyor.ui.app import application

    scale = 10 if args.small else 1
    inspectors, responses = 300 // scale, 60_000 // scale
    app = application()
    watch = Watch(app)
    with tempfile.TemporaryDirectory(prefix="surveyor-bench-window-") as name:
        tmp = Path(name)
        start = time.perf_counter()
        folder = args.workbooks or tmp / "workbooks"
        folder.mkdir(parents=True, exist_ok=True)
        files = sorted(folder.glob("inspector-*.xlsx"))
        if len(files) != inspectors:
            files = workbooks(folder, inspectors, responses)
        print(f"generated {len(files)} workbooks, {responses} responses, "
              f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB "
              f"in {time.perf_counter() - start:.1f} s")
        empty = tmp / "empty.sqlite"
        Store(empty).close()
        for copy in ("window", "cli", "cancel"):
            shutil.copyfile(empty, tmp / f"{copy}.sqlite")

        cli = cli_import(tmp / "cli.sqlite", files)
        dry_s, dry, real_s, real, report = window_import(app, watch, tmp / "window.sqlite",
                                                         files, tmp, args.profile)
        print(f"`surveyor import` (CLI subprocess, start-up included): {cli:.2f} s")
        print(f"window dry run (until the preview shows):            {dry_s:.2f} s")
        print(f"window import (Import pressed until the summary):      {real_s:.2f} s")
        print(f"window total / CLI:                                     "
              f"{(dry_s + real_s) / cli:.2f}   (import alone / CLI: {real_s / cli:.2f})")
        print(f"import counts: {report.counts}")
        for label, seen in (("dry run", dry), ("import", real)):
            print(f"{label}: the window did not answer for at most "
                  f"{seen['tick_gap'] * 1000:.0f} ms (goal <= {GOAL_GAP * 1000:.0f} ms); "
                  f"longest gap between progress dialog paints {seen['paint_gap'] * 1000:.0f} "
                  f"ms ({seen['paints']} paints); the job sent no progress for at most "
                  f"{seen['silent'] * 1000:.0f} ms ({seen['updates']} updates; the longest "
                  f"after \"{seen['silent_after']}\")")

        took, at, kept, whole, matches, total = cancelled_import(app, tmp / "cancel.sqlite",
                                                                 files, tmp)
        print(f"cancel pressed with the dialog at workbook {at} of {len(files)}: took effect "
              f"in {took:.2f} s (goal <= {GOAL_CANCEL:.0f} s)")
        print(f"after the cancel the store holds {kept} whole imports, of the first {kept} "
              f"workbooks in order, with the counts the dry run gave: {whole}; its {total} "
              f"responses are exactly theirs: {matches} (the workbook being merged left "
              f"nothing)")


if __name__ == "__main__":
    main()
