"""The form view driven as a person drives it: by keyboard, in Vietnamese, offscreen."""

from __future__ import annotations

import time
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from surveyor.core.filling.session import Session
from surveyor.core.forms.model import META_TYPES
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.ui.form_blocks import QuestionBlock
from surveyor.ui.form_view import FormView
from surveyor.ui.problems_pane import ProblemsPane
from surveyor.ui.questions import plain_text

ENTER, TAB, DOWN, UP = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up
SPACE, BACKSPACE = Qt.Key.Key_Space, Qt.Key.Key_Backspace
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

HOME = """
| survey |
|        | type            | name     | label::Tiếng Việt (vi) | label::English (en) | hint::Tiếng Việt (vi) | required | relevant           | constraint            | constraint_message::Tiếng Việt (vi) | choice_filter   | calculation |
|        | begin_group     | chu_ho   | Chủ hộ                 | Head of household   |                       |          |                    |                       |                                     |                 |  |
|        | text            | ten      | Họ và tên              | Full name           | Viết có dấu           | yes      |                    |                       |                                     |                 |  |
|        | integer         | tuoi     | Tuổi                   | Age                 |                       |          |                    | . >= 0 and . < 130    | Tuổi từ 0 đến 129                   |                 |  |
|        | select_one yn   | co_con   | Có con không?          | Any children?       |                       |          |                    |                       |                                     |                 |  |
|        | integer         | so_con   | Số con                 | Number of children  |                       |          | ${co_con} = 'yes'  |                       |                                     |                 |  |
|        | end_group       |          |                        |                     |                       |          |                    |                       |                                     |                 |  |
|        | begin_group     | dia_ban  | Địa bàn                | Area                |                       |          |                    |                       |                                     |                 |  |
|        | select_one tinh | tinh     | Tỉnh                   | Province            |                       |          |                    |                       |                                     |                 |  |
|        | select_one huyen| huyen    | Huyện                  | District            |                       |          |                    |                       |                                     | tinh = ${tinh}  |  |
|        | note            | ghi      | **Chú ý**: ${ten} có ${so_con} con | **Note**: ${ten} has ${so_con} children |   |          |                    |                       |                                     |                 |  |
|        | end_group       |          |                        |                     |                       |          |                    |                       |                                     |                 |  |
|        | begin_repeat    | con      | Con                    | Children            |                       |          |                    |                       |                                     |                 |  |
|        | text            | ten_con  | Tên con                | Child's name        |                       | yes      |                    |                       |                                     |                 |  |
|        | integer         | tuoi_con | Tuổi con               | Child's age         |                       |          |                    | . < 100               |                                     |                 |  |
|        | end_repeat      |          |                        |                     |                       |          |                    |                       |                                     |                 |  |
|        | calculate       | tong     | Tổng số tuổi con       | Children's ages     |                       |          |                    |                       |                                     |                 | sum(${tuoi_con}) |
| choices |
|         | list_name | name    | label::Tiếng Việt (vi) | label::English (en) | tinh |
|         | yn        | yes     | Có                     | Yes                 |      |
|         | yn        | no      | Không                  | No                  |      |
|         | tinh      | hn      | Hà Nội                 | Hanoi               |      |
|         | tinh      | hp      | Hải Phòng              | Haiphong            |      |
|         | huyen     | ba_dinh | Ba Đình                | Ba Dinh             | hn   |
|         | huyen     | cau_giay| Cầu Giấy               | Cau Giay            | hn   |
|         | huyen     | le_chan | Lê Chân                | Le Chan             | hp   |
|         | huyen     | ngo_quyen | Ngô Quyền            | Ngo Quyen           | hp   |
| settings |
|          | form_id | version | default_language |
|          | home    | 1       | Tiếng Việt (vi)  |
"""

NESTED = """
| survey |
|        | type         | name   | label  | calculation |
|        | begin_repeat | ho     | Hộ     |  |
|        | text         | ten_ho | Tên hộ |  |
|        | begin_repeat | nguoi  | Người  |  |
|        | text         | ten    | Tên    |  |
|        | end_repeat   |        |        |  |
|        | end_repeat   |        |        |  |
"""


@pytest.fixture(scope="module")
def home():
    return form_from_markdown(HOME)


def focused() -> QWidget:
    return QApplication.focusWidget()


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Type text as a keyboard does, one character at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget or focused(), Qt.Key.Key_unknown, ch,
                           NONE)


def press(key: Qt.Key, modifier=NONE, widget: QWidget | None = None) -> None:
    QTest.keyClick(widget or focused(), key, modifier)


def run(actions) -> None:
    for action in actions:
        if isinstance(action, str):
            type_text(action)
        elif isinstance(action, tuple):
            press(*action)
        else:
            press(action)


def fill(view: FormView, steps) -> None:
    """Each step: the question the focus must be on (None: an Add-row button), then keys."""
    for key, actions in steps:
        where = view.current_place()
        assert (where[0] if where else None) == key, f"expected focus on {key}, it is on {where}"
        run(actions)


# --- the bundled forms, end to end ----------------------------------------------------------

CO_SO = [
    ("ten_co_so", ["Cơ sở gốm Bát Tràng", ENTER]),
    ("loai_hinh", [DOWN, ENTER]),
    ("ma_so_thue", ["0101234567", ENTER]),
    ("phuong_xa", ["bat trang", ENTER]),
    ("dia_chi", ["Thôn Giang Cao", ENTER]),
    ("vi_tri", [DOWN, DOWN, DOWN, ENTER]),
    ("ten_lang_nghe", ["Làng gốm Bát Tràng", ENTER]),
    ("nganh", ["gom", ENTER]),
    ("so_lao_dong", ["1.250", ENTER]),
    ("nguoi_tra_loi", ["Nguyễn Văn An", ENTER]),
    ("chuc_vu", ["Giám đốc", ENTER]),
    ("dien_thoai", ["0912345678", ENTER]),
    ("duoc_huong_dan", [DOWN, ENTER]),
    ("don_vi_huong_dan", [SPACE, DOWN, SPACE, ENTER]),
    ("ap_dung_sxsh", [DOWN, DOWN, ENTER]),
    ("bien_phap_sxsh", [SPACE, ENTER]),
    ("danh_gia_sxsh", [DOWN, DOWN, ENTER]),
    ("doi_moi_cong_nghe", [DOWN, ENTER]),
    (None, [ENTER]),                                      # "Add a row" of nguyen_lieu
    ("ten_nguyen_lieu", ["Đất sét", ENTER]),
    ("don_vi", [DOWN, ENTER]),
    ("sl_nam_truoc", ["100", ENTER]),
    ("sl_nam_nay", ["95,5", ENTER]),
    ("san_luong_nam_truoc", ["50", ENTER]),
    ("san_luong_nam_nay", ["50", ENTER]),
    ("don_vi_san_pham", ["tấn sản phẩm", ENTER]),
    (None, [TAB]),
    ("nhan_sinh_thai", [DOWN, DOWN, SPACE, ENTER]),
    ("hang_sao_ocop", [DOWN, DOWN, ENTER]),
    ("so_san_pham_nhan", ["3", ENTER]),
    ("bao_bi", [DOWN, SPACE, ENTER]),
    ("chuoi_lien_ket", [DOWN, ENTER]),
    ("truy_xuat_nguon_goc", [DOWN, ENTER]),
    ("ghi_chu", ["Cơ sở hợp tác tốt", TAB]),
    ("anh_co_so", [SPACE, TAB]),
    ("anh_co_so", [TAB]),                                 # its Remove button
    ("toa_do", ["21,0285", TAB]),
    ("toa_do", ["105.8542", ENTER]),
]
CO_SO_ANSWERS = {
    "ten_co_so": "Cơ sở gốm Bát Tràng", "loai_hinh": "doanh_nghiep", "ma_so_thue": "0101234567",
    "phuong_xa": "xa_bat_trang", "dia_chi": "Thôn Giang Cao", "vi_tri": "lang_nghe",
    "ten_lang_nghe": "Làng gốm Bát Tràng", "nganh": "gom_su", "so_lao_dong": 1250,
    "nguoi_tra_loi": "Nguyễn Văn An", "chuc_vu": "Giám đốc", "dien_thoai": "0912345678",
    "duoc_huong_dan": "yes", "don_vi_huong_dan": "so_cong_thuong ubnd_phuong_xa",
    "ap_dung_sxsh": "partly", "bien_phap_sxsh": "tiet_kiem_nang_luong", "danh_gia_sxsh": "no",
    "doi_moi_cong_nghe": "yes", "nhan_sinh_thai": "ocop", "hang_sao_ocop": "sao_4",
    "so_san_pham_nhan": 3, "bao_bi": "giay", "chuoi_lien_ket": "yes",
    "truy_xuat_nguon_goc": "yes", "ghi_chu": "Cơ sở hợp tác tốt", "anh_co_so": "/tmp/gom.jpg",
    "toa_do": "21.0285 105.8542",
}
CO_SO_ROW = {"ten_nguyen_lieu": "Đất sét", "don_vi": "tan", "sl_nam_truoc": 100.0,
             "sl_nam_nay": 95.5, "san_luong_nam_truoc": 50.0, "san_luong_nam_nay": 50.0,
             "don_vi_san_pham": "tấn sản phẩm", "dinh_muc_nam_truoc": 2,
             "dinh_muc_nam_nay": 1.91, "thay_doi_dinh_muc": -4.5}

CHO = [
    ("ten_cho", ["dong xuan", ENTER]),
    ("hang_cho", [DOWN, ENTER]),
    ("phuong_xa", ["hoan kiem", ENTER]),
    ("ten_co_so", ["Quầy rau bà Lan", ENTER]),
    ("so_quay", ["A12", ENTER]),
    ("mat_hang", [SPACE, DOWN, SPACE, ENTER]),
    ("dien_thoai", ["0912345678", ENTER]),
    ("so_tui_ngay", ["120", ENTER]),
    ("loai_tui", [SPACE, ENTER]),
    ("chi_phi_tui_thang", ["150 000", ENTER]),
    ("biet_cuoc_van_dong", [DOWN, ENTER]),
    ("san_sang_chuyen_doi", [DOWN, DOWN, DOWN, ENTER]),
    ("ly_do_chua_chuyen", [SPACE, ENTER]),
    ("ban_sp_sinh_thai", [DOWN, DOWN, ENTER]),
    ("ghi_chu", ["Đã phát tờ rơi", (ENTER, CTRL)]),
]
CHO_ANSWERS = {
    "ten_cho": "cho_dong_xuan", "hang_cho": "hang_1", "phuong_xa": "phuong_hoan_kiem",
    "ten_co_so": "Quầy rau bà Lan", "so_quay": "A12",
    "mat_hang": "thuc_pham_tuoi_song rau_cu_qua", "dien_thoai": "0912345678",
    "so_tui_ngay": 120, "loai_tui": "nilon_kho_phan_huy", "chi_phi_tui_thang": 150000,
    "biet_cuoc_van_dong": "yes", "san_sang_chuyen_doi": "no", "ly_do_chua_chuyen": "gia_cao",
    "ban_sp_sinh_thai": "no", "ghi_chu": "Đã phát tờ rơi",
}

SIEU_THI = [
    ("ten_co_so", ["Siêu thị WinMart Royal City", ENTER]),
    ("loai_hinh", [DOWN, ENTER]),
    ("he_thong", ["WinMart", ENTER]),
    ("phuong_xa", ["ba dinh", ENTER]),
    ("dia_chi", ["72A Nguyễn Trãi", ENTER]),
    ("nguoi_tra_loi", ["Trần Thị Bình", ENTER]),
    ("chuc_vu", ["Quản lý", ENTER]),
    ("dien_thoai", ["0987654321", ENTER]),
    ("dung_tui_kho_phan_huy", [DOWN, DOWN, ENTER]),
    ("giai_phap_thay_the", [SPACE, DOWN, DOWN, SPACE, ENTER]),
    ("thong_diep_tuyen_truyen", [DOWN, ENTER]),
    ("goc_san_pham_xanh", [DOWN, ENTER]),
    ("ty_le_san_pham_nhan", ["12,5", ENTER]),
    ("lien_ket_nha_cung_cap", [DOWN, ENTER]),
    ("ghi_chu", ["Không có", TAB]),
]
SIEU_THI_ANSWERS = {
    "ten_co_so": "Siêu thị WinMart Royal City", "loai_hinh": "sieu_thi", "he_thong": "WinMart",
    "phuong_xa": "phuong_ba_dinh", "dia_chi": "72A Nguyễn Trãi", "nguoi_tra_loi": "Trần Thị Bình",
    "chuc_vu": "Quản lý", "dien_thoai": "0987654321", "dung_tui_kho_phan_huy": "no",
    "giai_phap_thay_the": "tui_phan_huy_sinh_hoc tui_vai", "thong_diep_tuyen_truyen": "yes",
    "goc_san_pham_xanh": "yes", "ty_le_san_pham_nhan": 12.5, "lien_ket_nha_cung_cap": "yes",
    "ghi_chu": "Không có",
}


@pytest.mark.parametrize("form_id, steps, answers, rows", [
    ("co_so_san_xuat", CO_SO, CO_SO_ANSWERS, [CO_SO_ROW]),
    ("tieu_thuong_cho", CHO, CHO_ANSWERS, []),
    ("sieu_thi_ttm", SIEU_THI, SIEU_THI_ANSWERS, []),
])
def test_a_bundled_form_is_filled_end_to_end_by_keyboard(bundled_forms, make_view, monkeypatch,
                                                         form_id, steps, answers, rows):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("/tmp/gom.jpg", ""))
    view = make_view(bundled_forms[form_id])
    assert view.focus_first()
    fill(view, steps)
    response = view.session.to_response()
    got = {k: v for k, v in response.answers.items() if k not in ("start", "end", "today")}
    assert got == {**answers, "inspector": "Lan", "deviceid": "laptop-1"}
    kept = [{k: pytest.approx(v) if isinstance(v, float) else v for k, v in r.answers.items()}
            for r in response.repeats]
    assert kept == rows
    assert view.session.issues() == []
    assert all(unicodedata.is_normalized("NFC", v) for v in got.values() if isinstance(v, str))


def test_every_shown_question_has_its_object_name_and_accessible_name(bundled_forms, make_view):
    form = bundled_forms["co_so_san_xuat"]
    view = make_view(form)
    view.add_row("nguyen_lieu")
    language = view.language
    for question in form.questions():
        if question.type in META_TYPES or (question.type == "calculate"
                                           and not question.labels):
            assert view.findChild(QWidget, f"q:{question.key}") is None
            continue
        name = (f"q:nguyen_lieu/1/{question.key}" if question.repeat == "nguyen_lieu"
                else f"q:{question.key}")
        widget = view.findChild(QWidget, name)
        assert widget is not None, name
        label = plain_text(form.text(question.labels, language))
        if "${" not in label:
            assert widget.accessibleName() == label


def test_nested_repeat_rows_are_named_by_their_path(make_view):
    view = make_view(form_from_markdown(NESTED))
    view.add_row("ho")
    view.add_row("ho")
    view.add_row("nguoi", (2,))
    assert view.findChild(QWidget, "q:ho/2/ten_ho") is not None
    assert view.findChild(QWidget, "q:ho/2/nguoi/1/ten") is not None
    assert view.focus_question("ten", (2, 1))
    assert view.current_place() == ("ten", (2, 1))


# --- focused behaviours on a small form -------------------------------------------------------

def test_relevance_hides_and_shows_a_question_as_the_answer_changes(home, make_view):
    view = make_view(home)
    children = view.findChild(QWidget, "q:so_con")
    assert not children.isVisible()
    view.focus_question("co_con")
    press(DOWN)                                           # Có
    assert children.isVisible()
    press(DOWN)                                           # Không
    assert not children.isVisible()
    assert view.session.live.value("co_con") == "no"


def test_a_constraint_message_appears_once_the_answer_is_committed(home, make_view):
    view = make_view(home)
    view.focus_question("tuoi")
    type_text("200")
    block = view.findChild(QWidget, "q:tuoi").parentWidget().parentWidget()
    assert not block.error_text                          # still typing: nothing said yet
    press(ENTER)
    assert block.error_text == "Tuổi từ 0 đến 129"
    assert block.error.isVisible()
    assert [p.kind for p in view.problems()] == ["constraint"]


def test_a_required_question_is_asked_for_only_after_it_was_left(home, make_view):
    view = make_view(home)
    view.focus_question("ten")
    block = view._blocks["ten", ()]
    assert not block.error_text
    press(TAB)
    assert block.error_text == "Câu hỏi này bắt buộc trả lời"
    assert view.current_place() == ("tuoi", ())


def test_show_all_problems_marks_required_questions_never_visited(home, make_view):
    view = make_view(home)
    assert view.problems() == []
    view.show_all_problems()
    assert [(p.key, p.kind) for p in view.problems()] == [("ten", "required")]
    assert view.nav.item(0).text().startswith("●")


def test_a_choice_filter_narrows_the_list(home, make_view):
    view = make_view(home)
    districts = view._blocks["huyen", ()].editor
    assert districts.names == []                          # no province: no district fits
    view.focus_question("tinh")
    press(DOWN)                                           # Hà Nội
    assert districts.names == ["ba_dinh", "cau_giay"]
    press(DOWN)                                           # Hải Phòng
    assert districts.names == ["le_chan", "ngo_quyen"]


def test_a_note_shows_answers_it_refers_to_and_follows_them(home, make_view):
    view = make_view(home)
    view.focus_question("ten")
    type_text("Lan")
    press(ENTER)
    note = view.findChild(QLabel, "q:ghi")
    assert note.textFormat() == Qt.TextFormat.MarkdownText
    assert "Lan" in note.text() and "**Chú ý**" in note.text()


def test_a_repeat_row_is_added_filled_and_removed(home, make_view):
    view = make_view(home)
    add = view._repeats["con", ()].add_button
    add.setFocus()
    press(ENTER)
    assert view.current_place() == ("ten_con", (1,))
    type_text("Minh")
    press(ENTER)
    type_text("7")
    press(ENTER)
    assert focused() is add                              # past the last question of the row
    press(SPACE)
    type_text("Hoa")
    press(TAB)
    assert [r.answers for r in view.session.to_response().repeats] == [
        {"ten_con": "Minh", "tuoi_con": 7}, {"ten_con": "Hoa"}]
    view.remove_row("con", (1,))
    assert view.findChild(QWidget, "q:con/2/ten_con") is None
    assert view.findChild(QWidget, "q:con/1/ten_con").text() == "Hoa"
    assert [r.answers for r in view.session.to_response().repeats] == [{"ten_con": "Hoa"}]


def test_move_up_swaps_the_answers_of_two_rows(home, make_view):
    view = make_view(home)
    for name in ("Minh", "Hoa"):
        path = view.add_row("con")
        view.session.set("ten_con", name, path)
    view._apply({("ten_con", (1,)), ("ten_con", (2,))})
    assert view.move_row("con", (2,), up=True)
    assert [r.answers["ten_con"] for r in view.session.to_response().repeats] == ["Hoa", "Minh"]
    assert view.findChild(QWidget, "q:con/1/ten_con").text() == "Hoa"


def test_the_remove_button_asks_before_dropping_answers(home, make_view, monkeypatch):
    view = make_view(home)
    path = view.add_row("con")
    view.session.set("ten_con", "Minh", path)
    asked = []
    monkeypatch.setattr(view, "confirm_remove", lambda *a: asked.append(a) or False)
    view._blocks["con", (1,)].buttons[-1].click()
    assert asked and view.session.live.rows("con") == [(1,)]


UNIKEY = ["Nguyê", BACKSPACE, "ễ", "n"]                     # Unikey/EVKey: undo, then composed
COMBINING = ["Nguye", "\u0302", "\u0303", "n"]             # Windows' keyboard: marks after


@pytest.mark.parametrize("keys", [UNIKEY, COMBINING], ids=["unikey", "combining-marks"])
def test_vietnamese_typed_either_way_is_stored_nfc(home, make_view, keys):
    view = make_view(home)
    view.focus_question("ten")
    run(keys)
    assert view.session.live.value("ten") is None        # nothing committed while typing
    press(ENTER)
    assert view.session.live.value("ten") == "Nguyễn"
    assert unicodedata.is_normalized("NFC", view.session.live.value("ten"))


@pytest.mark.parametrize("keys", [
    ["Hoàn Kiế", BACKSPACE, "ế", "m"],
    [unicodedata.normalize("NFD", "hoàn kiếm")],
    ["hoan kiem"],
], ids=["unikey", "combining-marks", "no-diacritics"])
def test_the_ward_combo_finds_a_ward_however_it_is_typed(bundled_forms, make_view, keys):
    view = make_view(bundled_forms["co_so_san_xuat"])
    view.focus_question("phuong_xa")
    run(keys)
    assert view.session.live.value("phuong_xa") is None
    press(ENTER)
    assert view.session.live.value("phuong_xa") == "phuong_hoan_kiem"
    assert view.current_place() == ("dia_chi", ())


def test_backspace_never_moves_focus(home, make_view):
    view = make_view(home)
    view.focus_question("tuoi")
    type_text("4")
    press(BACKSPACE)
    press(BACKSPACE)                                      # now empty: still here
    assert view.current_place() == ("tuoi", ())


def test_enter_commits_and_skips_hidden_questions(home, make_view):
    view = make_view(home)
    view.focus_question("co_con")
    press(DOWN)
    press(DOWN)                                           # Không: "Số con" hides
    press(ENTER)
    assert view.current_place() == ("tinh", ())


def test_shift_tab_goes_back_a_question(home, make_view):
    view = make_view(home)
    view.focus_question("tuoi")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_place() == ("ten", ())


def test_f8_goes_to_the_next_problem_and_marks_it(home, make_view):
    view = make_view(home)
    view.focus_question("tuoi")
    type_text("200")
    press(ENTER)
    view.focus_question("tinh")
    press(Qt.Key.Key_F8)                                  # none after here: from the top
    assert view.current_place() == ("ten", ())
    assert view._blocks["ten", ()].error_text == "Câu hỏi này bắt buộc trả lời"
    press(Qt.Key.Key_F8)
    assert view.current_place() == ("tuoi", ())
    press(Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_place() == ("ten", ())


def test_ctrl_pgdown_and_pgup_move_between_sections(home, make_view):
    view = make_view(home)
    view.focus_question("ten")
    press(Qt.Key.Key_PageDown, CTRL)
    assert view.current_place() == ("tinh", ())
    assert view.nav.currentRow() == 1
    press(Qt.Key.Key_PageUp, CTRL)
    assert view.current_place() == ("ten", ())


def test_a_section_is_reached_from_the_navigator(home, make_view):
    view = make_view(home)
    view._nav_jump(view.nav.item(1))
    assert view.current_place() == ("tinh", ())


def test_goto_finds_a_question_by_a_fuzzy_label(bundled_forms, make_view):
    view = make_view(bundled_forms["co_so_san_xuat"])
    assert view.goto("so lao dong")
    assert view.current_place() == ("so_lao_dong", ())
    assert view.goto("dien thoai")
    assert view.current_place() == ("dien_thoai", ())
    assert view.goto("ten_kcn") is False                 # hidden: not offered


def test_goto_hash_n_picks_a_row_of_the_current_repeat(home, make_view):
    view = make_view(home)
    for _ in range(3):
        view.add_row("con")
    view.focus_question("tuoi_con", (1,))
    assert view.goto("#3")
    assert view.current_place() == ("tuoi_con", (3,))
    assert view.goto("ten con #2")
    assert view.current_place() == ("ten_con", (2,))


def test_ctrl_g_opens_the_palette_and_enter_jumps(home, make_view, qtbot):
    view = make_view(home)
    view.focus_question("ten")
    press(Qt.Key.Key_G, CTRL)
    palette = QApplication.activePopupWidget()
    assert palette is not None and palette.objectName() == "form:goto"
    type_text("tuoi", palette.line)
    assert palette.list.item(0).text() == "Tuổi"
    press(ENTER, widget=palette.line)
    assert not palette.isVisible()
    assert view.current_place() == ("tuoi", ())
    assert view.goto("so con") and view.current_place() == ("tong", ())  # "Số con" is hidden
    view.focus_question("co_con")
    press(DOWN)
    assert view.goto("so con")
    assert view.current_place() == ("so_con", ())


def test_set_language_switches_labels_and_messages_to_english(home, make_view):
    view = make_view(home)
    view.show_all_problems()
    view.set_language("English (en)")
    assert view.findChild(QWidget, "q:ten").accessibleName() == "Full name"
    assert view.nav.item(0).text().endswith("Head of household")
    assert view._blocks["ten", ()].error_text == "This question is required"
    assert view._blocks["co_con", ()].editor.buttons[0].text() == "Yes"


def test_the_problems_pane_goes_to_a_problem_inside_a_repeat_row(home, make_view, qtbot):
    view = make_view(home)
    view.add_row("con")
    view.add_row("con")
    view.show_all_problems()
    pane = ProblemsPane(view)
    qtbot.addWidget(pane)
    keys = [pane.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.count())]
    assert keys == [("ten", ()), ("ten_con", (1,)), ("ten_con", (2,))]
    pane.setCurrentRow(2)
    press(ENTER, widget=pane)
    assert view.current_place() == ("ten_con", (2,))


def test_a_read_only_question_cannot_be_edited(make_view):
    form = form_from_markdown("""
| survey |
|        | type | name | label | read_only | default | calculation |
|        | text | ma   | Mã    | yes       | A1      |  |
|        | text | ten  | Tên   |           |         |  |
""")
    view = make_view(form)
    assert not view.findChild(QWidget, "q:ma").isEnabled()
    assert view.findChild(QWidget, "q:ma").text() == "A1"
    assert view.focus_first() and view.current_place() == ("ten", ())


def test_one_answer_refreshes_only_the_places_it_changed(home, make_view, monkeypatch):
    view = make_view(home)
    refreshed = []
    original = FormView._refresh_block
    monkeypatch.setattr(FormView, "_refresh_block",
                        lambda self, block: refreshed.append(block.place) or original(self, block))
    view.focus_question("tuoi")
    type_text("40")
    press(ENTER)
    assert set(refreshed) == {("tuoi", ())}


def test_a_500_question_form_is_built_in_well_under_a_second(qtbot):
    rows = "\n".join(
        f"| | {kind} | q{i} | Câu hỏi số {i} về sản xuất và tiêu dùng bền vững | "
        f"{'${q' + str(i - 1) + '} != 0' if i % 7 == 0 and i else ''} |"
        for i, kind in ((i, ("text", "integer", "decimal", "select_one yn", "date")[i % 5])
                        for i in range(500)))
    form = form_from_markdown(f"""
| survey |
| | type | name | label | relevant |
| | begin_group | g | Nhóm |  |
{rows}
| | end_group | | | |
| choices |
| | list_name | name | label |
| | yn | yes | Có |
| | yn | no | Không |
""")
    session = Session.new(form)
    started = time.perf_counter()
    view = FormView(session)
    built = time.perf_counter() - started
    qtbot.addWidget(view)
    assert built < 1.0
    started = time.perf_counter()
    view._commit(view._blocks["q1", ()], 5)
    assert time.perf_counter() - started < 0.1


def test_every_question_block_is_a_question_block(home, make_view):
    view = make_view(home)
    blocks = [b for b in view._blocks.values() if isinstance(b, QuestionBlock)]
    assert {b.key for b in blocks} == {"ten", "tuoi", "co_con", "so_con", "tinh", "huyen", "ghi",
                                       "tong"}


def test_a_counted_repeat_follows_its_count_and_has_no_row_buttons(make_view):
    form = form_from_markdown("""
| survey |
|        | type         | name  | label      | repeat_count |
|        | integer      | n     | Số người   |              |
|        | begin_repeat | nguoi | Người      | ${n}         |
|        | text         | ten   | Tên        |              |
|        | end_repeat   |       |            |              |
""")
    view = make_view(form)
    view.focus_question("n")
    type_text("3")
    press(ENTER)
    assert view.current_place() == ("ten", (1,))
    assert view.findChild(QWidget, "q:nguoi/3/ten") is not None
    assert view._repeats["nguoi", ()].add_button is None
    assert view._blocks["nguoi", (1,)].buttons == []
    assert view._blocks["nguoi", (1,)].title.text() == "Người #1"
    view.focus_question("n")
    press(BACKSPACE)
    type_text("1")
    press(ENTER)
    assert view.findChild(QWidget, "q:nguoi/2/ten") is None


def test_enter_on_the_navigator_jumps_to_the_section(home, make_view):
    view = make_view(home)
    view.nav.setFocus()
    view.nav.setCurrentRow(1)
    press(ENTER)
    assert view.current_place() == ("tinh", ())


def test_each_committed_change_is_signalled_once_for_the_autosave(home, make_view, qtbot):
    view = make_view(home)
    view.focus_question("ten")
    type_text("Lan")
    with qtbot.waitSignal(view.changed):
        press(ENTER)
    with qtbot.assertNotEmitted(view.changed):
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        press(TAB)                                        # nothing new: no autosave


def test_the_ward_list_shows_only_the_wards_that_match(bundled_forms, make_view):
    view = make_view(bundled_forms["co_so_san_xuat"])
    view.focus_question("phuong_xa")
    type_text("hoàn")
    editor = view._blocks["phuong_xa", ()].editor
    listed = editor.completer.completionModel()
    labels = {listed.index(r, 0).data() for r in range(listed.rowCount())}
    assert labels == {"Phường Hoàn Kiếm", "Phường Hoàng Mai", "Phường Hoàng Liệt"}


def test_commit_pending_saves_the_field_being_typed_in(home, make_view):
    view = make_view(home)
    view.focus_question("ten")
    type_text("Lan")
    view.commit_pending()
    assert view.session.live.value("ten") == "Lan"


def test_a_view_taken_away_mid_typing_keeps_the_answer_and_says_nothing_after(home, qtbot):
    session = Session.new(home)
    view = FormView(session)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_question("ten")
    type_text("Lan")
    view.setParent(None)
    view.deleteLater()
    qtbot.wait(20)
    assert session.live.value("ten") == "Lan"
    other = QLabel()
    qtbot.addWidget(other)
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.show()
    other.setFocus()                                      # focus moves on: no dead view hears it
    qtbot.wait(10)


def test_rows_are_added_moved_and_removed_from_the_keyboard(home, make_view):
    view = make_view(home)
    view.add_row("con", focus=True)
    type_text("Minh")
    press(Qt.Key.Key_Insert, Qt.KeyboardModifier.AltModifier)
    assert view.current_place() == ("ten_con", (2,))
    type_text("Hoa")
    press(TAB)
    view.focus_question("ten_con", (2,))
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [r.answers["ten_con"] for r in view.session.to_response().repeats] == ["Hoa", "Minh"]
    assert view.current_place() == ("ten_con", (1,))
    view.add_row("con", focus=True)                       # an empty row goes without asking
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.AltModifier)
    assert view.session.live.rows("con") == [(1,), (2,)]
    assert view.current_place() == ("ten_con", (2,))


def test_rows_holding_a_repeat_do_not_move(make_view):
    view = make_view(form_from_markdown(NESTED))
    view.add_row("ho")
    view.add_row("ho")
    assert not view.move_row("ho", (2,))
    assert len(view._blocks["ho", (1,)].buttons) == 1      # Remove only
