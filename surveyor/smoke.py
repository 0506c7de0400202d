"""`surveyor smoke --out DIR`: the program checks itself where it runs (a bundle in CI).

Opens the window on a fresh store in DIR, loads each bundled form, types and saves one response
through the window contract (docs/contracts.md), writes a workbook and reads it back, quits.
Prints each step; exits 0 only if every step worked. No test packages: plain Qt events.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from pathlib import Path

FILLED = ("ten_co_so", "Sạp bà Nguyễn Thị Hoà, chợ Đồng Xuân")     # typed key by key
VIETNAMESE = "ĐđƯưƠơẠạẶặỄễỮữỸỹ"


class Steps:
    """Each check printed as it happens; `failed` counts the ones that did not hold."""

    def __init__(self) -> None:
        self.failed = 0

    def check(self, ok: bool, what: str) -> bool:
        print(f"smoke: {'ok    ' if ok else 'FAILED'} {what}", flush=True)
        self.failed += not ok
        return ok


def run(out: Path, timeout: float = 240.0) -> int:
    """The whole smoke test inside one event loop; 0 when every step worked."""
    if out.exists() and any(out.iterdir()):
        print(f"smoke: {out} is not empty; give a new folder", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    watchdog = threading.Timer(timeout, _give_up, args=(timeout,))
    watchdog.daemon = True
    watchdog.start()
    from PySide6.QtCore import QTimer

    from surveyor.ui.app import application

    app, steps = application(), Steps()

    def steps_then_quit() -> None:
        code = 1
        try:
            code = _steps(app, out, steps)
        finally:
            app.exit(code)                  # also when printing failed (a closed pipe)

    QTimer.singleShot(0, steps_then_quit)
    code = app.exec()
    watchdog.cancel()
    print(f"smoke: {'passed' if code == 0 else 'FAILED'} (exit {code})", flush=True)
    return code


def _give_up(timeout: float) -> None:
    try:
        print(f"smoke: FAILED timed out after {timeout:.0f} s", flush=True)
    finally:
        os._exit(3)


def _steps(app, out: Path, steps: Steps) -> int:
    try:
        _run_steps(app, out, steps)
    except Exception as error:  # noqa: BLE001 (a smoke test reports, it does not crash)
        import traceback

        traceback.print_exc(file=sys.stdout)
        steps.check(False, f"unexpected {error!r}")
    return 1 if steps.failed else 0


def _run_steps(app, out: Path, steps: Steps) -> None:
    from PySide6.QtCore import QSettings, Qt, qVersion
    from PySide6.QtGui import QAction, QFontMetrics, QIcon
    from PySide6.QtWidgets import QWidget

    from surveyor import paths
    from surveyor.core.forms.xlsform import load_forms
    from surveyor.ui.app import build_main_window

    print(f"smoke: {'bundle' if paths.is_frozen() else 'source'} at {paths.bundle_root()}; "
          f"Qt {qVersion()}, platform {app.platformName()}, Python {sys.version.split()[0]}, "
          f"UTF-8 mode {sys.flags.utf8_mode}")
    window = build_main_window(out / "smoke.sqlite",
                               settings=QSettings(str(out / "settings.ini"),
                                                  QSettings.Format.IniFormat))
    window.show()
    _wait(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    steps.check(window.isVisible(), f"window shown: {window.windowTitle()!r}")
    steps.check(window.windowTitle() != "Surveyor: field surveys",
                "interface translated (Vietnamese .qm loaded)")
    steps.check(not QIcon("icons:save.svg").pixmap(24, 24).isNull(), "SVG icons drawn")
    metrics = QFontMetrics(window.font())
    missing = [ch for ch in VIETNAMESE if not metrics.inFontUcs4(ord(ch))]
    steps.check(not missing, f"font {window.font().family()!r} has Vietnamese letters"
                + (f" (missing {''.join(missing)})" if missing else ""))

    bundled = {form_id for form_id, _ in load_forms(paths.forms_dir())}
    steps.check(bool(bundled) and bundled <= set(window.latest),
                f"bundled forms loaded: {', '.join(sorted(bundled))}")
    action = {name: window.findChild(QAction, f"action:{name}") for name in ("new", "save")}
    filled_row = None
    for row in range(window.forms_list.count()):
        form_id = window.forms_list.item(row).data(Qt.ItemDataRole.UserRole)
        window.forms_list.setCurrentRow(row)
        action["new"].trigger()
        shown = [w for w in window.view.findChildren(QWidget) if w.objectName().startswith("q:")]
        steps.check(len(shown) > 0, f"form {form_id}: new response, {len(shown)} question fields")
        if filled_row is None and window.view.findChild(QWidget, f"q:{FILLED[0]}") is not None:
            filled_row = row
        window.back_to_list()

    key, text = FILLED
    window.forms_list.setCurrentRow(filled_row or 0)
    action["new"].trigger()
    field = window.view.findChild(QWidget, f"q:{key}")
    if not steps.check(field is not None, f"field q:{key} found"):
        return
    _type(app, field, text)
    action["save"].trigger()
    saved = window.store.get(window.session.uuid)
    got = saved.answers.get(key) if saved else None
    steps.check(got == unicodedata.normalize("NFC", text),
                f"typed and saved {key} = {got!r} in {window.session.form.form_id}")
    window.grab().save(str(out / "form.png"))
    window.back_to_list()
    window.grab().save(str(out / "window.png"))

    target = out / "smoke.xlsx"
    window.export_to(target)
    window.runner.wait(120_000)
    _wait(app, lambda: hasattr(window, "last_export"))
    rows = sum(window.last_export.rows.values()) if hasattr(window, "last_export") else 0
    steps.check(target.is_file() and rows >= 1,
                f"workbook written: {target.name}, {rows} rows, {_size(target)}")
    for dialog in app.topLevelWidgets():
        if dialog.objectName() == "dialog:exported":
            dialog.close()
    _read_back(window, target, steps)
    window.close()
    app.processEvents()
    steps.check(not window.isVisible() and window.runner.wait(1000), "window closed")
    print(f"smoke: screenshots {out / 'window.png'}, {out / 'form.png'}", flush=True)


def _read_back(window, target: Path, steps: Steps) -> None:
    """The workbook read again (calamine, in the bundle too) as a dry-run import."""
    from surveyor.core import jobs

    report = jobs.import_files(window.db_path, [target], dict(window.forms), dry_run=True)
    counts = dict(report.counts)
    steps.check(not counts.get("rejected") and counts.get("unchanged", 0) >= 1,
                f"workbook read back: {counts}")


def _type(app, widget, text: str) -> None:
    """Keys as a person types them (one event per character), then Enter to commit."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    app.processEvents()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                            Qt.KeyboardModifier.NoModifier, ch))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    app.processEvents()


def _wait(app, condition, seconds: float = 20.0) -> bool:
    """Run the event loop until condition() holds or the time is up."""
    import time

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    return bool(condition())


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB" if path.exists() else "missing"
