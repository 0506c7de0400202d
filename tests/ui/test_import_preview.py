"""Import in the window: files, a folder or a drop; a dry run, its preview, and only then the
import that writes. Real workbooks made by `demo` + `export`, a real office store."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.progress import Progress
from surveyor.core.store import Store
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.window_files import numbered, workbooks_in

EDITED = 3                               # responses edited on the field laptop after a trip


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


def edit_names(db: Path, forms, uuids: list[str], suffix: str, who: str) -> None:
    """Change ten_co_so of these responses as a person would, in a Session."""
    with Store(db) as store:
        for uuid in uuids:
            response = store.get(uuid)
            session = Session.open(forms[(response.form_id, response.form_version)], response)
            session.set("ten_co_so", f"{response.answers.get('ten_co_so') or ''}{suffix}")
            session.save(store, who=who)


@pytest.fixture(scope="module")
def trips(tmp_path_factory, forms) -> dict:
    """A field laptop's trip workbook, the same after edits to EDITED responses, the field
    store, and the uuids edited."""
    folder = tmp_path_factory.mktemp("trips")
    field = folder / "field.sqlite"
    jobs.demo(field, forms, responses=12, seed=3)
    trip = jobs.export_file(field, folder / "trip.xlsx", forms).path
    with Store(field) as store:
        uuids = sorted(r.uuid for r in store.responses())[:EDITED]
    edit_names(field, forms, uuids, " (sửa)", "Lan")
    edited = jobs.export_file(field, folder / "trip-edited.xlsx", forms).path
    excel, outside = edited_in_excel(Path(edited), folder / "trip-excel.xlsx", set(uuids))
    return {"trip": Path(trip), "edited": Path(edited), "field": field, "uuids": uuids,
            "excel": excel, "outside": outside}


def edited_in_excel(source: Path, target: Path, not_these: set[str]) -> tuple[Path, str]:
    """A copy of the workbook with one name typed over in a spreadsheet program (openpyxl),
    in a row none of `not_these` uuids; that row's uuid."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    for sheet in book.worksheets:
        head = [c.value for c in sheet[1]]
        if "ten_co_so" not in head or "." in sheet.title:
            continue
        for row in range(2, sheet.max_row + 1):
            uuid = sheet.cell(row, head.index("_uuid") + 1).value
            if uuid not in not_these:
                name = sheet.cell(row, head.index("ten_co_so") + 1)
                name.value = f"{name.value} (Excel)"
                book.save(target)
                return target, uuid
    raise AssertionError("no row to edit")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    made = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made.setValue("ui_language", "en")
    return made


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translation(QApplication.instance(), "en")


@pytest.fixture
def office(tmp_path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def window(qtbot, office, settings):
    made = build_main_window(office, settings=settings)
    qtbot.addWidget(made, before_close_func=settle)
    made.show()
    yield made


def settle(window) -> None:
    """Every job of the window finished and its signals handled, before the window closes
    (pytest-qt closes it before fixtures are torn down)."""
    window.runner.wait()
    QApplication.processEvents()
    while window.runner.running:
        window.runner.wait()
        QApplication.processEvents()


@pytest.fixture
def folder(tmp_path, trips) -> Path:
    """A USB stick's folder: a trip, the same file again, a text file named .xlsx, a note;
    in a subfolder the re-export with edits, and that one with a cell edited in Excel."""
    stick = tmp_path / "stick"
    (stick / "later").mkdir(parents=True)
    shutil.copyfile(trips["trip"], stick / "1-trip.xlsx")
    shutil.copyfile(trips["trip"], stick / "2-trip-again.xlsx")
    (stick / "broken.xlsx").write_text("this is a note, not a workbook", encoding="utf-8")
    (stick / "readme.txt").write_text("not imported", encoding="utf-8")
    shutil.copyfile(trips["edited"], stick / "later" / "3-trip-edited.xlsx")
    shutil.copyfile(trips["excel"], stick / "later" / "4-edited-in-excel.xlsx")
    return stick


def store_state(db: Path) -> tuple:
    """What an import could change: responses per form and status, conflicts, imports."""
    status = jobs.status(db)
    return dict(status.tally), status.open_conflicts, status.imports, len(jobs.backups(db))


def preview_of(window, qtbot, paths: list[Path]):
    window.import_preview = None
    window.import_paths(paths)
    qtbot.waitUntil(lambda: window.import_preview is not None
                    and window.import_preview.isVisible(), timeout=30000)
    return window.import_preview


def press_import(window, qtbot, preview):
    window.last_import = None
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=60000)
    return window.last_import


def close_told(window) -> None:
    box = getattr(window, "told", None)
    if box is not None and box.isVisible():
        box.done(0)


def test_a_folder_gives_its_workbooks_sorted_without_lock_files(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.xlsx", "1.XLSX", "~$1.xlsx", "notes.txt", "b/0.xlsx", "b/0 (1).xlsx"):
        (tmp_path / name).write_bytes(b"x")
    found = workbooks_in([tmp_path, tmp_path / "1.XLSX"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "1.XLSX", "b/0.xlsx", "b/0 (1).xlsx", "b/2.xlsx"]


@pytest.mark.parametrize(("done", "total", "name", "shown"), [
    (0, 300, "a.xlsx", (0, 300, "Workbook 1 of 3: a.xlsx\n0 of 30 rows")),
    (170, 300, "a.xlsx", (170, 300, "Workbook 2 of 3: a.xlsx\n10 of 30 rows")),
    (299, 300, "a.xlsx", (299, 300, "Workbook 3 of 3: a.xlsx\n25 of 30 rows")),
    (300, 300, "a.xlsx", (300, 300, "Workbook 3 of 3: a.xlsx\n25 of 30 rows")),
    (300, 300, "", (0, 0, "Saving…")),                  # the last step: a busy bar
])
def test_progress_names_the_workbook_and_the_rows_done(done, total, name, shown):
    seen = []
    progress = numbered(Progress(report=lambda *step: seen.append(step)), [Path("a.xlsx")] * 3,
                        "Workbook {i} of {n}: {name}\n{done} of 30 rows", [10, 15, 5],
                        "Saving…")
    progress.step(done, total, name)
    assert seen == [shown]


def test_the_preview_counts_each_workbook_of_a_folder_and_writes_nothing(
        window, qtbot, folder, office):
    before = store_state(office)
    preview = preview_of(window, qtbot, [folder])
    rows = {name: (counts, note) for name, counts, note in preview.shown_rows()}
    assert list(rows) == ["1-trip.xlsx", "2-trip-again.xlsx", "3-trip-edited.xlsx",
                          "4-edited-in-excel.xlsx", "Total (4 workbooks)"]
    assert rows["1-trip.xlsx"][0]["new"] == 12
    assert rows["2-trip-again.xlsx"][0]["unchanged"] == 12          # as if the first was in
    edited = rows["3-trip-edited.xlsx"][0]
    assert edited["updated"] == EDITED and edited["unchanged"] == 12 - EDITED
    assert edited["new"] == edited["conflicts"] == edited["edited_outside"] == 0
    excel = rows["4-edited-in-excel.xlsx"][0]
    assert (excel["updated"], excel["edited_outside"], excel["unchanged"]) == (1, 1, 11)
    total = rows["Total (4 workbooks)"][0]
    assert (total["new"], total["updated"], total["unchanged"], total["edited_outside"],
            total["conflicts"]) == (12, EDITED + 1, 35 - EDITED, 1, 0)
    assert all(not note for _, note in rows.values())             # nothing imported before
    assert "5 workbooks read, 48 rows" in preview.summary.text()
    (refusal,) = preview.shown_refusals()
    assert "broken.xlsx" in refusal and "not an Excel .xlsx workbook" in refusal
    assert "readme.txt" not in " ".join(rows)
    assert store_state(office) == before                          # a dry run writes nothing


def test_cancel_in_the_preview_writes_nothing(window, qtbot, folder, office):
    before = store_state(office)
    preview = preview_of(window, qtbot, [folder])
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.isVisible())
    window.runner.wait()
    assert not window.runner.running
    assert store_state(office) == before and jobs.history(office) == []


def test_import_writes_the_rows_and_sums_up(window, qtbot, folder, office, trips):
    report = press_import(window, qtbot, preview_of(window, qtbot, [folder]))
    assert not report.dry_run and [f.name for f in report.files] == [
        "1-trip.xlsx", "2-trip-again.xlsx", "3-trip-edited.xlsx", "4-edited-in-excel.xlsx"]
    assert jobs.status(office).total == 12 and len(jobs.history(office)) == 4
    with Store(office) as store:
        names = [store.get(u).answers["ten_co_so"] for u in trips["uuids"]]
        typed = store.get(trips["outside"]).answers["ten_co_so"]
    assert all(name.endswith(" (sửa)") for name in names) and typed.endswith(" (Excel)")
    text = window.told.text()
    assert "Imported 4 workbooks." in text and f"updated: {EDITED + 1}" in text
    assert "edited outside Surveyor: 1" in text and "broken.xlsx" in text
    assert "conflicts" not in text                                # no count of nothing
    outside = window.told.findChild(QPushButton, "imported:outside")
    assert (outside is not None) == (window.review.tab("outside") is not None)
    assert window.told.findChild(QPushButton, "imported:conflicts") is None
    assert window.responses.model().rowCount() > 0                # the list was read again
    counted = [re.search(r"\n(\d+) response", window.forms_list.item(i).text())
               for i in range(window.forms_list.count())]
    assert sum(int(m.group(1)) for m in counted) == 12           # and the forms' counts
    close_told(window)


def test_a_workbook_imported_before_is_marked_and_changes_nothing(window, qtbot, trips,
                                                                   office, forms):
    first = jobs.import_files(office, [trips["trip"]], forms)
    before = store_state(office)
    preview = preview_of(window, qtbot, [trips["trip"]])
    (name, counts, note), _total = preview.shown_rows()
    assert name == "trip.xlsx" and counts["unchanged"] == 12 and counts["new"] == 0
    assert note == f"imported before (import {first.files[0].import_id})"
    assert "1 of them were imported before" in preview.summary.text()
    preview.reject()
    assert store_state(office) == before


def test_conflicts_after_the_import_open_the_review_at_their_tab(window, qtbot, trips,
                                                                 office, forms):
    jobs.import_files(office, [trips["trip"]], forms)
    edit_names(office, forms, trips["uuids"][:1], " (văn phòng)", "Office")
    if window.review.tab("conflicts") is None:           # the Conflicts tab's own module aside
        window.review.add_tab("conflicts", QWidget(), "Conflicts")
    preview = preview_of(window, qtbot, [trips["edited"]])
    (_, counts, _), _ = preview.shown_rows()
    assert counts["conflicts"] == 1 and counts["updated"] == EDITED - 1
    report = press_import(window, qtbot, preview)
    assert report.counts["conflicts"] == 1 and jobs.status(office).open_conflicts == 1
    button = window.told.findChild(QPushButton, "imported:conflicts")
    assert button is not None and window.told.findChild(QPushButton, "imported:duplicates") is None
    button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review)
    assert window.review.tabs.currentWidget() is window.review.tab("conflicts")


def test_a_cancelled_import_keeps_the_store_as_it_was(window, qtbot, folder, office):
    preview = preview_of(window, qtbot, [folder])
    before = store_state(office)
    gate = threading.Event()
    window.runner.run(lambda progress: gate.wait(10), title="hold", done=lambda _: None,
                      failed=lambda _: None, dialog=False)      # the pool's one thread, busy
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    (_, job) = window.runner.running
    job.cancel()                                          # before its first step
    gate.set()
    qtbot.waitUntil(lambda: getattr(window, "told", None) is not None
                    and window.told.objectName() == "dialog:import_cancelled", timeout=30000)
    assert "0 of 5 workbooks were imported" in window.told.text()
    assert store_state(office) == before
    close_told(window)


def test_a_cancelled_dry_run_shows_no_preview_and_writes_nothing(window, qtbot, folder,
                                                                 office):
    before = store_state(office)
    gate = threading.Event()
    window.runner.run(lambda progress: gate.wait(10), title="hold", done=lambda _: None,
                      failed=lambda _: None, dialog=False)
    window.import_preview = None
    window.import_paths([folder])
    (_, job) = window.runner.running
    job.cancel()
    gate.set()
    window.runner.wait()
    qtbot.waitUntil(lambda: not window.runner.running)
    assert window.import_preview is None and store_state(office) == before
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was written"


def drop_event(kind, paths: list[Path]):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    if kind is QDragEnterEvent:
        return data, QDragEnterEvent(QPoint(200, 200), actions, data, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier)
    return data, QDropEvent(QPointF(200, 200), actions, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)


def test_dropping_a_folder_and_a_workbook_on_the_window_previews_them(window, qtbot, folder,
                                                                      trips):
    _, enter = drop_event(QDragEnterEvent, [folder / "readme.txt"])
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()                         # nothing that could be a workbook
    _, enter = drop_event(QDragEnterEvent, [folder, trips["edited"]])
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.import_preview = None
    _data, drop = drop_event(QDropEvent, [folder / "later", trips["trip"]])
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_preview is not None
                    and window.import_preview.isVisible(), timeout=30000)
    names = [name for name, _, _ in window.import_preview.shown_rows()]
    assert names == ["3-trip-edited.xlsx", "4-edited-in-excel.xlsx", "trip.xlsx",
                     "Total (3 workbooks)"]
    window.import_preview.reject()


def test_import_and_import_folder_ask_for_paths_then_preview(window, qtbot, folder,
                                                             monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append("files")
                        or ([str(folder / "1-trip.xlsx")], "Excel workbooks (*.xlsx)"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: asked.append("folder") or str(folder / "later"))
    window.import_preview = None
    window.findChild(QAction, "action:import").trigger()
    qtbot.waitUntil(lambda: window.import_preview is not None, timeout=30000)
    assert window.import_preview.shown_rows()[0][0] == "1-trip.xlsx"
    window.import_preview.reject()
    window.import_preview = None
    folder_action = window.findChild(QAction, "action:import_folder")
    assert folder_action.shortcut().toString() == "Ctrl+Shift+I"
    folder_action.trigger()
    qtbot.waitUntil(lambda: window.import_preview is not None, timeout=30000)
    assert window.import_preview.shown_rows()[0][0] == "3-trip-edited.xlsx"
    window.import_preview.reject()
    assert asked == ["files", "folder"]
    assert window.settings.value("import_dir") == str(folder / "later")


def test_the_office_export_imports_at_the_department_as_it_is(window, qtbot, folder, office,
                                                               forms, tmp_path):
    press_import(window, qtbot, preview_of(window, qtbot, [folder]))
    close_told(window)
    target = tmp_path / "ward.xlsx"
    window.export_to(target)
    qtbot.waitUntil(lambda: hasattr(window, "last_export"), timeout=30000)
    QApplication.activeModalWidget() and QApplication.activeModalWidget().close()
    department = tmp_path / "department.sqlite"
    report = jobs.import_files(department, [target], forms)
    assert report.counts["new"] == 12 and report.counts["conflicts"] == 0
    with Store(office) as ward, Store(department) as city:
        assert {r.uuid: r.version for r in ward.responses()} == {
            r.uuid: r.version for r in city.responses()}
    again = jobs.import_files(office, [target], forms)
    assert again.counts["unchanged"] == 12
