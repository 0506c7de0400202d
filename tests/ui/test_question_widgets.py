"""Question editors on their own: what they commit, when, and what they accept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from surveyor.core.forms.model import Choice, Question
from surveyor.ui.questions import (
    AcknowledgeEditor,
    CalculateEditor,
    ChoiceButtons,
    ChoiceCombo,
    DateEditor,
    DecimalEditor,
    FileEditor,
    GeopointEditor,
    IntegerEditor,
    LineEditor,
    MultilineEditor,
    NoteEditor,
    RangeEditor,
    ReadOnlyLineEditor,
    TimeEditor,
    editor_for,
    fold,
    parse_decimal,
    parse_integer,
    parse_time,
)

ENTER, TAB, DOWN, SPACE = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Space
NONE = Qt.KeyboardModifier.NoModifier
YN = (Choice("yes", {"vi": "Có"}), Choice("no", {"vi": "Không"}))
WARDS = tuple(Choice(f"w{i}", {"vi": label}) for i, label in enumerate(
    ["Phường Hoàn Kiếm", "Phường Cửa Nam", "Phường Ba Đình", "Xã Bát Tràng", "Phường Hoàng Mai",
     "Phường Đống Đa", "Phường Kim Liên", "Phường Láng", "Phường Ô Chợ Dừa", "Xã Đông Anh"]))


def question(kind: str, **fields) -> Question:
    return Question(name="q", key="q", type=kind, labels={"vi": "Câu hỏi"}, **fields)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, NONE)


@pytest.fixture
def shown(qtbot):
    """A function: an editor inside a shown window next to a second field, with its commits."""
    hosts = []                                             # a window nobody holds is deleted

    def make(editor):
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        editor.setParent(host)
        other = LineEditor(question("text"), "vi", host)
        other.move(0, 200)
        commits = []
        editor.committed.connect(commits.append)
        host.resize(800, 300)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        qtbot.waitUntil(host.isActiveWindow)
        editor.focus_widget().setFocus()
        return editor, other, commits
    return make


@pytest.mark.parametrize("text, value", [
    ("1234", 1234), ("1.234", 1234), ("1 234", 1234), ("1,234", 1234), ("1.234.567", 1234567),
    ("-12", -12), (" 7 ", 7), ("", None), ("1,5", "1,5"), ("12.34", "12.34"),
])
def test_integer_text_is_read_with_thousands_separators(text, value):
    assert parse_integer(text) == value


@pytest.mark.parametrize("text, value", [
    ("3,5", 3.5), ("3.5", 3.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567.0),
    ("12", 12.0), ("-0,25", -0.25), ("", None), ("1,2,3", "1,2,3"),
])
def test_decimal_text_takes_the_vietnamese_comma(text, value):
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text, value", [
    ("8:30", "08:30:00"), ("08:30", "08:30:00"), ("8h30", "08:30:00"), ("0830", "08:30:00"),
    ("17", "17:00:00"), ("25:00", "25:00"), ("", None),
])
def test_times_are_read_the_ways_people_write_them(text, value):
    assert parse_time(text) == value


def test_fold_drops_case_and_diacritics():
    assert fold("Phường Hoàn Kiếm") == "phuong hoan kiem"
    assert fold("ĐÔNG ANH") == "dong anh"


def test_text_is_committed_when_done_never_on_each_key(shown):
    editor, other, commits = shown(LineEditor(question("text"), "vi"))
    type_text(editor.edit, "Bát Tràng")
    assert commits == []
    other.edit.setFocus()
    assert commits == ["Bát Tràng"]
    editor.edit.setFocus()
    other.edit.setFocus()                                  # unchanged: nothing new
    assert commits == ["Bát Tràng"]


def test_enter_commits_and_asks_for_the_next_question(shown, qtbot):
    editor, _, commits = shown(IntegerEditor(question("integer"), "vi"))
    type_text(editor.edit, "1.250")
    with qtbot.waitSignal(editor.advance):
        QTest.keyClick(editor.edit, ENTER)
    assert commits == [1250]


def test_letters_cannot_be_typed_into_a_number(shown):
    editor, _, _ = shown(IntegerEditor(question("integer"), "vi"))
    type_text(editor.edit, "12a3")
    assert editor.edit.text() == "123"


def test_a_decimal_is_shown_with_a_comma_in_vietnamese(shown):
    editor, _, commits = shown(DecimalEditor(question("decimal"), "Tiếng Việt (vi)"))
    editor.set_value(2.75)
    assert editor.edit.text() == "2,75"
    type_text(editor.edit, "1")
    QTest.keyClick(editor.edit, ENTER)
    assert commits == [2.751]


def test_set_value_keeps_what_was_typed_when_it_means_the_same(shown):
    editor, _, _ = shown(DecimalEditor(question("decimal"), "vi"))
    type_text(editor.edit, "3.50")
    QTest.keyClick(editor.edit, ENTER)
    editor.set_value(3.5)
    assert editor.edit.text() == "3.50"


def test_multiline_text_takes_enter_as_a_new_line(shown, qtbot):
    editor, _, commits = shown(MultilineEditor(question("text", appearance="multiline"), "vi"))
    type_text(editor.edit, "Dòng một")
    QTest.keyClick(editor.edit, ENTER)
    type_text(editor.edit, "Dòng hai")
    assert commits == []
    with qtbot.waitSignal(editor.advance):
        QTest.keyClick(editor.edit, ENTER, Qt.KeyboardModifier.ControlModifier)
    assert commits == ["Dòng một\nDòng hai"]


def test_radio_buttons_are_picked_with_the_arrow_keys(shown):
    editor, _, commits = shown(editor_for(question("select_one", choices=YN), "vi"))
    assert isinstance(editor, ChoiceButtons)
    QTest.keyClick(QApplication.focusWidget(), DOWN)
    QTest.keyClick(QApplication.focusWidget(), DOWN)
    assert commits == ["yes", "no"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert commits == ["yes", "no", None]


def test_typing_a_letter_jumps_to_a_choice(shown):
    choices = tuple(Choice(n, {"vi": n.title()}) for n in ("an", "binh", "cuong", "dung"))
    _, _, commits = shown(editor_for(question("select_one", choices=choices), "vi"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C)
    assert commits == ["cuong"]


def test_horizontal_radio_buttons_lie_in_one_row():
    choices = tuple(Choice(str(i), {"vi": f"Mức độ {i}"}) for i in range(5))
    editor = editor_for(question("select_one", choices=choices, appearance="likert"), "vi")
    rows = {editor._layout.getItemPosition(i)[0] for i in range(editor._layout.count())}
    assert rows == {0}
    tall = editor_for(question("select_one", choices=choices), "vi")
    assert len({tall._layout.getItemPosition(i)[0] for i in range(tall._layout.count())}) == 5


def test_check_boxes_toggle_with_space_and_move_with_arrows(shown):
    choices = tuple(Choice(n, {"vi": n}) for n in ("a", "b", "c"))
    _, _, commits = shown(editor_for(question("select_multiple", choices=choices), "vi"))
    QTest.keyClick(QApplication.focusWidget(), SPACE)
    QTest.keyClick(QApplication.focusWidget(), DOWN)
    QTest.keyClick(QApplication.focusWidget(), DOWN)
    QTest.keyClick(QApplication.focusWidget(), SPACE)
    assert commits == ["a", "a c"]


def test_or_other_adds_the_other_choice():
    editor = editor_for(question("select_multiple", choices=YN, or_other=True), "Tiếng Việt (vi)")
    assert editor.names == ["yes", "no", "other"]
    assert editor.buttons[-1].text() == "Khác"


@pytest.mark.parametrize("appearance, count", [("", 10), ("minimal", 2), ("autocomplete", 2)])
def test_long_lists_and_minimal_ones_get_a_searchable_combo(appearance, count):
    choices = WARDS[:count]
    assert isinstance(editor_for(question("select_one", choices=choices, appearance=appearance)),
                      ChoiceCombo)


@pytest.mark.parametrize("typed", ["hoan kiem", "HOÀN", "Hoàn Kiếm", "kiem"])
def test_the_combo_completer_ignores_case_and_diacritics(shown, typed):
    editor, _, commits = shown(editor_for(question("select_one", choices=WARDS), "vi"))
    type_text(editor.combo, typed)
    popup = editor.completer.completionModel()
    shown_labels = [popup.index(r, 0).data() for r in range(popup.rowCount())]
    assert shown_labels[0] == "Phường Hoàn Kiếm"
    assert "Phường Cửa Nam" not in shown_labels
    QTest.keyClick(editor.combo, ENTER)
    assert commits == ["w0"]


def test_the_combo_goes_back_to_its_answer_when_the_text_means_nothing(shown):
    editor, other, commits = shown(editor_for(question("select_one", choices=WARDS), "vi"))
    editor.set_value("w3")
    editor.combo.lineEdit().selectAll()
    type_text(editor.combo, "zzz")
    other.edit.setFocus()
    assert commits == [] and editor.combo.currentText() == "Xã Bát Tràng"


def test_a_choice_filter_list_replaces_the_choices(shown):
    editor, _, _ = shown(editor_for(question("select_one", choices=WARDS), "vi"))
    editor.set_choices(WARDS[3:5], "vi")
    assert editor.combo.count() == 2
    assert [editor.combo.itemText(i) for i in range(2)] == ["Xã Bát Tràng", "Phường Hoàng Mai"]


def test_a_date_is_typed_and_committed_with_enter(shown):
    editor, _, commits = shown(DateEditor(question("date"), "vi"))
    QTest.keyClicks(editor.edit, "24/11/2026")
    QTest.keyClick(editor.edit, ENTER)
    assert commits == ["2026-11-24"]
    QTest.keyClick(editor.edit, Qt.Key.Key_Delete)         # empties it
    assert commits == ["2026-11-24", None]


def test_passing_through_an_empty_date_leaves_it_empty(shown):
    editor, other, commits = shown(DateEditor(question("date"), "vi"))
    assert editor.edit.date().year() > 1900                # today's date, as a start
    other.edit.setFocus()
    assert commits == [] and editor.value() is None
    assert editor.edit.text() == "dd/mm/yyyy"


def test_a_datetime_keeps_seconds_in_iso_form(shown):
    editor, _, _ = shown(DateEditor(question("datetime"), "vi", with_time=True))
    editor.set_value("2026-11-24T08:30:00")
    assert editor.edit.text() == "24/11/2026 08:30"
    assert editor.value() == "2026-11-24T08:30:00"


def test_a_time_is_typed(shown):
    editor, other, commits = shown(TimeEditor(question("time"), "vi"))
    type_text(editor.edit, "8h30")
    other.edit.setFocus()
    assert commits == ["08:30:00"]


def test_a_note_renders_xlsform_markdown():
    editor = NoteEditor(question("note"), "vi")
    editor.set_text("**Chú ý**: *đọc kỹ*")
    assert editor.label.textFormat() == Qt.TextFormat.MarkdownText
    assert editor.tab_stops() == []


def test_a_calculation_shows_its_value_read_only():
    editor = CalculateEditor(question("calculate", calculation="1 div 3"), "Tiếng Việt (vi)")
    editor.set_value(1 / 3)
    assert editor.label.text() == "0,333333"
    assert editor.tab_stops() == []


def test_acknowledge_is_an_ok_box(shown):
    editor, _, commits = shown(AcknowledgeEditor(question("acknowledge"), "vi"))
    QTest.keyClick(editor.box, SPACE)
    assert commits == ["OK"]


def test_a_geopoint_commits_when_focus_leaves_its_fields(shown, qtbot):
    editor, other, commits = shown(GeopointEditor(question("geopoint"), "vi"))
    type_text(editor.fields[0], "21,0285")
    editor.fields[1].setFocus()
    qtbot.wait(10)
    assert commits == []                                   # half a point: not yet
    type_text(editor.fields[1], "105.8542")
    other.edit.setFocus()
    qtbot.waitUntil(lambda: commits == ["21.0285 105.8542"])


def test_a_geopoint_out_of_range_is_marked(shown):
    editor, _, _ = shown(GeopointEditor(question("geopoint"), "vi"))
    editor.set_value("95 105")
    assert editor.fields[0].toolTip() and not editor.fields[1].toolTip()


def test_an_image_is_attached_and_removed(shown, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("/tmp/anh.jpg", ""))
    editor, _, commits = shown(FileEditor(question("image"), "vi"))
    QTest.keyClick(editor.attach, SPACE)
    assert commits == ["/tmp/anh.jpg"] and editor.remove.isEnabled()
    editor.remove.click()
    assert commits == ["/tmp/anh.jpg", None]


def test_a_range_is_empty_until_answered(shown):
    editor, _, commits = shown(RangeEditor(question("range", parameters={
        "start": "0", "end": "10", "step": "2"}), "vi"))
    assert editor.value() is None
    QTest.keyClick(editor.spin, Qt.Key.Key_Up)
    QTest.keyClick(editor.spin, ENTER)
    assert commits == [0]


@pytest.mark.parametrize("kind", ["start", "end", "today", "deviceid", "username"])
def test_meta_questions_have_no_editor(kind):
    assert editor_for(question(kind)) is None


def test_a_calculation_without_a_label_has_no_editor():
    assert editor_for(Question(name="c", key="c", type="calculate", calculation="1")) is None


def test_a_type_without_an_editor_shows_its_value_read_only():
    editor = editor_for(question("barcode"))
    assert isinstance(editor, ReadOnlyLineEditor)
    editor.set_value("123")
    assert editor.edit.isReadOnly() and editor.edit.text() == "123"


def test_read_only_disables_the_editor():
    editor = editor_for(question("select_one", choices=YN), "vi")
    editor.set_read_only(True)
    assert not any(b.isEnabled() for b in editor.buttons)
