"""Public XLSForms written by other people, in the window's form view: each opens with a Session,
what it requires is answered through the questions' editors, the response is saved into a real
store and read back. Then the editors these forms brought: rank, and media on labels and
choices, driven by keyboard offscreen."""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown, read_xlsform
from surveyor.ui.form_view import object_name
from surveyor.ui.questions import QuestionEditor, RankEditor

FORMS = Path(__file__).resolve().parent.parent / "forms"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "xlsforms"
TODAY = dt.date(2026, 11, 24)               # the day the view's session is made (conftest NOW)


def collected() -> list[Path]:
    text = (FORMS / "SOURCES.md").read_text("utf-8")
    names = re.findall(r"^\| (\S+\.xlsx?)(?: \+ \S+)? \|", text, re.MULTILINE)
    shared = sorted(SHARED.glob("*.xlsx")) if SHARED.is_dir() else []
    return [FORMS / name for name in names] + shared


# What a person would type where a form's constraint wants one value in particular.
PARTICULAR = {
    "select_one_choices_test.xlsx": {"c32c1": 100, **{f"c32c{n}": 0 for n in range(2, 16)}},
}


def candidates(view, question, at) -> list:
    """Answers to try, in order, until the question has no issue left."""
    kind = question.type
    if kind in ("select_one", "select_multiple"):
        names = [c.name for c in view.live.choices(question.key, at)]
        names += ["other"] if question.or_other else []
        pairs = [" ".join(names[i:i + 2]) for i in range(len(names) - 1)]
        return names + (pairs if kind == "select_multiple" else [])
    if kind == "rank":
        return [" ".join(c.name for c in view.live.choices(question.key, at))]
    if kind == "integer":
        return [1, 0, 2, 3, 5, 10, 18, 30, 50, 100, 1000, 2026, -1]
    if kind in ("decimal", "range"):
        start = float(question.parameters.get("start", 1) or 1)
        return [start, 1.0, 0.0, 0.5, 2.0, 10.0, 100.0, 1000.0]
    if kind == "date":
        return [TODAY.isoformat(), "2000-01-01", "1990-06-15", "2099-01-01"]
    if kind == "datetime":
        return ["2026-11-24T08:30:00", "2000-01-01T00:00:00"]
    if kind == "time":
        return ["08:30:00", "12:00:00"]
    geo = {"geopoint": "21.0285 105.8542 10 5", "geotrace": "21.0 105.8; 21.1 105.9",
           "geoshape": "21 105; 21 106; 22 106; 21 105", "acknowledge": "OK"}
    if kind in geo:
        return [geo[kind]]
    if kind in ("image", "audio", "video", "file"):
        return ["anh_1.jpg"]
    return ["Nguyễn Văn An", "Nguyen Van An", "1", "lan@example.org", "0912345678",
            "01234567890", "IOM13", "10", "A1"]


def editor_at(view, key: str, at) -> QuestionEditor | None:
    """The editor of a question at a place, found by the contract's object name."""
    widget = view.findChild(QWidget, object_name(key, at, view.graph.items[key].chain))
    while widget is not None and not isinstance(widget, QuestionEditor):
        widget = widget.parentWidget()
    return widget


def answer(view, key: str, value, at=()) -> None:
    """Commit an answer through the question's editor, as the editor does when a person is
    done with it."""
    editor = editor_at(view, key, at)
    assert editor is not None, f"{key} has no editor in the view"
    editor.committed.emit(value)


def answer_required(view, particular: dict, limit: int = 800) -> list:
    """Answer what the session says is missing or wrong, through the editors; what could not
    be answered is returned (place, kind, why)."""
    for key, value in particular.items():
        answer(view, key, value)
    session, tried, left = view.session, set(), []
    for _ in range(limit):
        issues = [i for i in session.issues() if (i.key, i.index) not in tried]
        if not issues:
            break
        issue = issues[0]
        place = (issue.key, issue.index)
        tried.add(place)
        editor = editor_at(view, *place)
        if editor is None:
            left.append((place, issue.kind, "no editor"))
            continue
        for value in candidates(view, view.form.question(issue.key), issue.index):
            editor.committed.emit(value)
            if not any((i.key, i.index) == place for i in session.issues()):
                break
        else:
            left.append((place, issue.kind, "nothing tried fits"))
    return left


@pytest.mark.parametrize("path", collected(), ids=lambda p: p.name)
def test_a_real_form_renders_is_filled_and_its_response_saves_and_reads_back(
        path, make_view, store):
    form = read_xlsform(path)
    view = make_view(form)
    shown = [q for q in form.questions() if editor_at(view, q.key, ()) is not None]
    assert shown, "nothing of the form is shown"
    assert answer_required(view, PARTICULAR.get(path.name, {})) == []
    result = view.session.finalise(store, who="Lan")
    assert result.ok, [(b.key, b.kind, b.message) for b in result.blockers]
    stored = store.get(result.response.uuid)
    assert stored.status == "complete"
    assert (stored.answers, stored.repeats) == (result.response.answers,
                                                result.response.repeats)
    again = Session.open(form, stored)                 # calculations (uuid(), now()) run again
    typed = {q.key for q in form.questions() if not q.calculation}
    assert ({k: v for k, v in again.live.answers().items() if k in typed}
            == {k: v for k, v in stored.answers.items() if k in typed})


def test_a_calculated_select_outside_its_list_does_not_block_the_person():
    form = read_xlsform(FORMS / "select_one_choices_test.xlsx")
    session = Session.new(form)
    assert session.live.value("lcsi") == "1"          # the form's list has 2, 3 and 4 only
    assert all(i.key != "lcsi" for i in session.issues())


# --- the rank editor --------------------------------------------------------------------------

RANK = """
| survey |
|        | type        | name   | label                    | image         |
|        | rank nguon  | thu_tu | Xếp các nguồn thu nhập   |               |
|        | text        | sau    | Ghi chú                  |               |
| choices |
|         | list_name | name | label   | image   |
|         | nguon     | lua  | Lúa     | lua.png |
|         | nguon     | ca   | Cá      |         |
|         | nguon     | gom  | Gốm     |         |
"""


def png(path: Path, colour: bytes = b"\xff\x00\x00", size: int = 40) -> Path:
    """A real PNG of one colour, written by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + colour * size for _ in range(size))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(
        ">IIBBBBB", size, size, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b""))
    return path


def rank_view(make_view, tmp_path):
    png(tmp_path / "lua.png")
    view = make_view(form_from_markdown(RANK, folder=tmp_path))
    editor = editor_at(view, "thu_tu", ())
    assert isinstance(editor, RankEditor)
    editor.list.setFocus()
    QTest.qWait(10)
    return view, editor


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_rank_starts_unanswered_and_space_keeps_the_order_shown(make_view, tmp_path):
    view, editor = rank_view(make_view, tmp_path)
    assert view.session.live.value("thu_tu") is None
    assert editor.names() == ["lua", "ca", "gom"]
    press(editor.list, Qt.Key.Key_Space)
    assert view.session.live.value("thu_tu") == "lua ca gom"


def test_rank_items_move_with_ctrl_arrows_and_the_answer_follows(make_view, tmp_path):
    view, editor = rank_view(make_view, tmp_path)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(editor.list, Qt.Key.Key_Down)                        # to Cá
    press(editor.list, Qt.Key.Key_Down, ctrl)                  # Cá below Gốm
    assert view.session.live.value("thu_tu") == "lua gom ca"
    press(editor.list, Qt.Key.Key_Up, ctrl)
    press(editor.list, Qt.Key.Key_Up, ctrl)                    # Cá to the top
    assert view.session.live.value("thu_tu") == "ca lua gom"
    assert editor.list.item(0).text() == "1. Cá" and editor.list.currentRow() == 0
    press(editor.list, Qt.Key.Key_Delete)
    assert view.session.live.value("thu_tu") is None
    assert editor.names() == ["lua", "ca", "gom"]              # back to the form's order


def test_rank_enter_moves_on_and_a_saved_rank_shows_in_its_order(make_view, tmp_path, store):
    view, editor = rank_view(make_view, tmp_path)
    press(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)   # at the top: nothing
    assert view.session.live.value("thu_tu") is None
    press(editor.list, Qt.Key.Key_Down)
    press(editor.list, Qt.Key.Key_Down)
    press(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)   # Gốm up one
    press(editor.list, Qt.Key.Key_Return)
    assert view.current_place() == ("sau", ())
    saved = view.session.save(store, who="Lan")
    reopened = make_view(view.form, session=Session.open(view.form, store.get(saved.uuid)))
    again = editor_at(reopened, "thu_tu", ())
    assert again.names() == ["lua", "gom", "ca"] and again.value() == "lua gom ca"


def test_rank_choices_carry_their_pictures(make_view, tmp_path):
    _, editor = rank_view(make_view, tmp_path)
    pictures = [editor.list.item(i).icon().pixmap(48).toImage().pixelColor(20, 20)
                for i in range(3)]
    assert (pictures[0].red(), pictures[0].alpha()) == (255, 255)     # lua.png, red
    assert [p.alpha() for p in pictures[1:]] == [0, 0]       # room left blank, rows alike


# --- media on labels and choices --------------------------------------------------------------

MEDIA = """
| survey |
|        | type          | name | label::English (en) | label::Tiếng Việt (vi) | image::English (en) | image::Tiếng Việt (vi) | audio::English (en) |
|        | select_one yn | den  | Is the lamp on?     | Đèn có sáng không?     | lamp_en.png         | lamp_vi.png            | hum.mp3             |
|        | note          | xem  | Look at this        | Xem hình               | missing.png         |                        |                     |
| choices |
|         | list_name | name | label::English (en) | label::Tiếng Việt (vi) | image::English (en) |
|         | yn        | yes  | Yes                 | Có                     | yes.png             |
|         | yn        | no   | No                  | Không                  |                     |
| settings |
|          | default_language |
|          | Tiếng Việt (vi)  |
"""


def test_a_labels_picture_is_shown_in_the_views_language_and_a_missing_one_is_not(
        make_view, tmp_path):
    png(tmp_path / "lamp_en.png", b"\x00\x00\xff")
    png(tmp_path / "lamp_vi.png", b"\xff\x00\x00", size=30)
    png(tmp_path / "yes.png")
    (tmp_path / "hum.mp3").write_bytes(b"ID3")
    form = form_from_markdown(MEDIA, folder=tmp_path)
    view = make_view(form)
    editor = editor_at(view, "den", ())
    picture = editor.findChild(QLabel, "media:image")
    assert picture.isVisible() and picture.pixmap().width() == 30      # Vietnamese first
    assert editor.findChild(QAbstractButton, "media:audio") is not None
    buttons = [b for b in editor.findChildren(QAbstractButton) if b.text() == "Có"]
    assert len(buttons) == 1 and not buttons[0].icon().isNull()
    view.set_language("English (en)")
    assert picture.pixmap().width() == 40
    note = editor_at(view, "xem", ())
    assert note.findChild(QLabel, "media:image") is None             # missing.png: not shown
    assert any("missing.png" in str(f) for f in form.findings)


def test_a_question_with_a_picture_is_still_answered_by_keyboard(make_view, tmp_path):
    png(tmp_path / "lamp_vi.png")
    view = make_view(form_from_markdown(MEDIA, folder=tmp_path))
    editor = editor_at(view, "den", ())
    editor.focus_widget().setFocus()
    QTest.qWait(10)
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Down)
    assert view.session.live.value("den") == "yes"


RANK_FILTERED = """
| survey |
|        | type             | name   | label             | choice_filter    |
|        | select_one vung  | vung   | Vùng              |                  |
|        | rank nguon       | thu_tu | Xếp các nguồn thu | vung = ${vung}   |
| choices |
|         | list_name | name   | label    | vung   |
|         | vung      | dong   | Đồng     |        |
|         | vung      | bien   | Biển     |        |
|         | nguon     | lua    | Lúa      | dong   |
|         | nguon     | ngo    | Ngô      | dong   |
|         | nguon     | ca     | Cá       | bien   |
"""


def test_a_rank_offers_only_the_choices_its_filter_lets_through(make_view):
    view = make_view(form_from_markdown(RANK_FILTERED))
    editor = editor_at(view, "thu_tu", ())
    view._apply(view.session.set("vung", "dong"))     # as the view commits an answer
    assert sorted(editor.names()) == ["lua", "ngo"]
    view._apply(view.session.set("vung", "bien"))
    assert editor.names() == ["ca"]
