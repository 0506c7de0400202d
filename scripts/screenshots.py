"""Screenshots of every screen, as a person sees them: `make screenshots` runs this under Xvfb
with the real xcb platform at 1366x768, in Vietnamese and in English, into screenshots/.

Each PNG is meant to be looked at: cut-off labels, diacritics, focus, layouts that jump.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.ui.app import application, build_main_window

HALF = {  # a few answers per bundled form, typed as a person would
    "co_so_san_xuat": {"ten_co_so": "Công ty TNHH Gốm sứ Bát Tràng", "ma_so_thue": "0101234567",
                       "phuong_xa": None, "so_lao_dong": 48},
    "tieu_thuong_cho": {"ten_co_so": "Sạp rau bà Nguyễn Thị Hoà", "so_tui_ngay": 120},
    "sieu_thi_ttm": {"ten_co_so": "Siêu thị Hapro Mart Hoàn Kiếm"},
}


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def shot(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def fill_some(session: Session) -> None:
    """Answer the first few questions HALF names that the form has (and a ward)."""
    keys = {q.key for q in session.form.questions()}
    for key, value in HALF.get(session.form.form_id, {}).items():
        if key not in keys:
            continue
        if value is None:
            choices = session.live.choices(key)
            value = choices[0].name if choices else None
        try:
            session.set(key, value)
        except (KeyError, ValueError):
            pass


def take(language: str, out: Path, db: Path) -> None:
    app = application()
    settings = QSettings(str(out / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui_language", language)
    window = build_main_window(db, settings=settings)
    if language == "en":
        window.store.set_setting("form_language", "English (en)")
    else:
        window.store.set_setting("form_language", "")
    window._form_picked()
    window.resize(1366, 768)
    window.show()
    shot(window, out / f"{language}-1-main-window.png")
    for form_id in ("co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm"):
        form = window.latest[form_id]
        session = Session.new(form, inspector=window.store.setting("inspector") or "",
                              device=window.store.device_id(), language=window.form_language())
        fill_some(session)
        window._show_session(session)
        shot(window, out / f"{language}-2-{form_id}-half-filled.png")
    window.finalise()                       # blocked: the problems pane lists what is missing
    shot(window, out / f"{language}-3-validation-problem.png")
    window.save()
    uuid = window.session.uuid
    session = window.session
    keys = {q.key for q in session.form.questions()}
    if "ten_co_so" in keys:
        window.view.session.set("ten_co_so", HALF["sieu_thi_ttm"]["ten_co_so"] + " (chi nhánh 2)")
    window.save()
    window.open_response(uuid)
    window.side.setCurrentWidget(window.history)
    shot(window, out / f"{language}-4-history-pane.png")
    from surveyor.ui.export_dialog import ExportDialog

    dialog = ExportDialog(settings, window.store.setting("inspector") or "", window)
    dialog.show()
    shot(dialog, out / f"{language}-5-export-dialog.png")
    dialog.close()
    window.back_to_list()
    window.close()
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory(prefix="surveyor-shots-") as tmp:
        for language in ("vi", "en"):
            db = Path(tmp) / f"demo-{language}.sqlite"
            jobs.demo(db, jobs.catalog().forms, responses=300, seed=1)
            take(language, args.out, db)
    QTimer.singleShot(0, QApplication.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
