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


def imports_shots(window, language: str, out: Path) -> None:
    """The import preview of a USB stick's folder (new, re-exported with edits, a copy, one
    imported before, a broken file), then the Imports tab after the import (one undone)."""
    import shutil

    from PySide6.QtCore import QThread

    from surveyor.core.store import Store

    forms, app = window.forms, QApplication.instance()

    def wait(condition) -> None:
        while not condition():
            app.processEvents()
            QThread.msleep(10)

    with tempfile.TemporaryDirectory(prefix="surveyor-imports-") as tmp:
        stick, field = Path(tmp) / "usb", Path(tmp) / "lan.sqlite"
        stick.mkdir()
        jobs.demo(field, forms, responses=60, seed=7)
        jobs.export_file(field, stick / "lan-2026-11-24.xlsx", forms)
        shutil.copyfile(stick / "lan-2026-11-24.xlsx", stick / "lan-2026-11-24 (1).xlsx")
        with Store(field) as store:
            for state in list(store.responses())[:3]:
                session = Session.open(forms[(state.form_id, state.form_version)], state)
                session.set("ten_co_so", f"{state.answers.get('ten_co_so') or ''} (sửa)")
                session.save(store, who="Nguyễn Thị Lan")
        jobs.export_file(field, stick / "lan-2026-11-25.xlsx", forms)
        for name, seed in (("minh-2026-11-20.xlsx", 8), ("ha-2026-11-21.xlsx", 9)):
            other = Path(tmp) / f"{name}.sqlite"
            jobs.demo(other, forms, responses=25, seed=seed)
            jobs.export_file(other, Path(tmp) / name, forms)
            jobs.import_files(window.db_path, [Path(tmp) / name], forms)
        jobs.undo_import(window.db_path, jobs.history(window.db_path)[0].id)   # Hà's
        shutil.copyfile(Path(tmp) / "minh-2026-11-20.xlsx", stick / "minh-2026-11-20.xlsx")
        (stick / "bao-cao-thang-11.xlsx").write_text("không phải tệp Excel", encoding="utf-8")
        window.import_preview = None
        window.import_paths([stick])
        wait(lambda: window.import_preview is not None and window.import_preview.isVisible())
        shot(window.import_preview, out / f"{language}-6-import-preview.png")
        window.last_import = None
        window.import_preview.accept()
        wait(lambda: window.last_import is not None)
        shot(window.told, out / f"{language}-6-import-done.png")
        window.told.done(0)
    window.show_review("imports")
    tab = window.review.tab("imports")
    tab.table.setFocus()
    tab.select(tab.records[min(1, len(tab.records) - 1)].id)
    shot(window, out / f"{language}-6-imports-tab.png")


def conflicts_shot(window, language: str, out: Path) -> None:
    """The Conflicts tab with a real conflict selected: the window's store exported, imported
    into a field store, three responses edited there (in the form) and at the office, the
    field's workbook imported back."""
    from dataclasses import replace

    from PySide6.QtCore import QThread

    from surveyor.core.store import Store

    forms, app = window.forms, QApplication.instance()
    with tempfile.TemporaryDirectory(prefix="surveyor-conflicts-") as tmp:
        field, book = Path(tmp) / "field.sqlite", Path(tmp) / "trip.xlsx"
        jobs.export_file(window.db_path, book, forms, form_id="co_so_san_xuat")
        jobs.import_files(field, [book], forms)
        with Store(field) as store:
            states = [r for r in store.responses() if r.rows("nguyen_lieu")][:3]
            for i, state in enumerate(states):
                session = Session.open(forms[(state.form_id, state.form_version)], state)
                session.set("so_lao_dong", 40 + i)
                session.set("loai_hinh", "ho_kinh_doanh")
                session.set("sl_nam_nay", 402.5, session.live.rows("nguyen_lieu")[0])
                session.save(store, who="Nguyễn Văn An")
        for i, state in enumerate(states):
            here = window.store.get(state.uuid)
            answers = {k: v for k, v in here.answers.items() if k != "dien_thoai"}
            window.store.save(replace(here, inspector="Trần Thị Bình", answers={
                **answers, "so_lao_dong": 50 + i, "loai_hinh": "hop_tac_xa",
                "ghi_chu": "Đã gọi điện xác nhận lại số lao động."}), who="Trần Thị Bình")
        jobs.export_file(field, book, forms)
        jobs.import_files(window.db_path, [book], forms)
    window.show_review("conflicts")
    tab = window.review.tab("conflicts")
    while tab.reading:                      # the list is read on the runner
        app.processEvents()
        QThread.msleep(10)
    tab.list.set_current_row(0)
    tab.table.setFocus()
    shot(window, out / f"{language}-7-conflicts.png")
    tab.show_all.setChecked(True)
    shot(window, out / f"{language}-7-conflicts-all-fields.png")
    tab.show_all.setChecked(False)


def review_tab(window, name: str):
    """The review page on tab `name`, once its list has been read on the runner."""
    from PySide6.QtCore import QThread

    app = QApplication.instance()
    window.show_review(name)
    tab = window.review.tab(name)
    while tab.reading:
        app.processEvents()
        QThread.msleep(10)
    return tab


def duplicates_shot(window, language: str, out: Path) -> None:
    """The Duplicates tab on the demo's pairs (the demo surveys some establishments twice):
    the first pair, the other response kept and one field picked from the deleted one."""
    tab = review_tab(window, "duplicates")
    tab.list.set_current_row(0)
    tab.swap()
    if tab.table.rowCount() > 1:
        tab.table.setCurrentCell(1, 0)
        tab.table.pick(tab.table.current_field(), "local")
    tab.table.setFocus()
    shot(window, out / f"{language}-7b-duplicates.png")


def outside_shot(window, language: str, out: Path) -> None:
    """The Edited-outside tab: the window's store exported, cells of two rows changed with
    openpyxl (as in Excel), the workbook imported back."""
    import openpyxl

    with tempfile.TemporaryDirectory(prefix="surveyor-outside-") as tmp:
        book = Path(tmp) / "phuong-cua-nam-sua-tay.xlsx"
        jobs.export_file(window.db_path, book, window.forms, form_id="co_so_san_xuat")
        workbook = openpyxl.load_workbook(book)
        sheet = workbook["co_so_san_xuat"]
        header = [c.value for c in sheet[1]]
        for row, edits in ((2, {"so_lao_dong": 999, "dien_thoai": "024 3999 8888"}),
                           (3, {"ghi_chu": "Sửa trong Excel: số liệu do phường cung cấp"})):
            for key, value in edits.items():
                sheet.cell(row=row, column=header.index(key) + 1).value = value
        workbook.save(book)
        jobs.import_files(window.db_path, [book], window.forms)
    tab = review_tab(window, "outside")
    tab.list.set_current_row(0)
    tab.table.setFocus()
    shot(window, out / f"{language}-7c-edited-outside.png")


def indicators_shot(window, language: str, out: Path) -> None:
    """The Indicators tab (a bar per ward), then the report's Tổng hợp pages as LibreOffice
    prints them (PDF, then pdftoppm), when soffice and pdftoppm are installed."""
    import shutil
    import subprocess

    from PySide6.QtCore import QThread

    app = QApplication.instance()
    window.show_review("indicators")
    view = window.review.tab("indicators")
    while view.results is None or view._running:        # computed on the runner
        app.processEvents()
        QThread.msleep(10)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    shot(window, out / f"{language}-8-indicators.png")
    if not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")):
        print("no soffice/pdftoppm/pdftotext: the report's pages are not drawn")
        return
    with tempfile.TemporaryDirectory(prefix="surveyor-report-") as tmp:
        book = Path(tmp) / f"report-{language}.xlsx"
        jobs.report_file(window.db_path, book, window.forms, language=language)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(book)], check=False,
                       capture_output=True, timeout=300)
        pdf = book.with_suffix(".pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=False).stdout.split("\f")
        words = ("Phạm vi", "Mẫu số") if language == "vi" else ("Scope", "Assessment")
        pages = [i + 1 for i, page in enumerate(text) if all(w in page for w in words)]
        if pages:
            subprocess.run(["pdftoppm", "-f", str(pages[0]), "-l", str(pages[-1]), "-r", "80",
                            "-png", str(pdf), str(out / f"{language}-9-report-summary")],
                           check=False, timeout=300)
            print(f"{out}/{language}-9-report-summary-*.png: {len(pages)} pages")


def password_shot(window, language: str, out: Path) -> None:
    """The import's prompt for a protected workbook's password, after a wrong one."""
    from surveyor.ui.password import PasswordDialog

    dialog = PasswordDialog("lan-2026-11-24.xlsx", True, window)
    dialog.show()
    dialog.field.setText("mat-khau")
    dialog.field.setFocus()
    shot(dialog, out / f"{language}-6-import-password.png")
    dialog.field.clear()
    dialog.close()


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
    dialog.secret.setText("Sở Công Thương 2026")             # typed twice, not the same
    dialog.confirm.setText("Sở Công Thương 2025")
    dialog.no_media.setChecked(True)
    dialog.accept()                                           # refused: says why
    shot(dialog, out / f"{language}-5-export-dialog-password.png")
    dialog.forget()
    dialog.close()
    password_shot(window, language, out)
    imports_shots(window, language, out)
    conflicts_shot(window, language, out)
    duplicates_shot(window, language, out)
    outside_shot(window, language, out)
    indicators_shot(window, language, out)
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
