"""Filling a response through a Session: new, draft, finalise, edit, repeats, meta answers."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest

from surveyor import paths
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown, load_forms
from surveyor.core.responses import COMPLETE, DRAFT

NOW = dt.datetime(2026, 11, 24, 8, 30, 0)

SHOP = """
| survey |
|        | type          | name      | label     | required | relevant        | default |
|        | start         | start     |           |          |                 |         |
|        | end           | end       |           |          |                 |         |
|        | today         | today     |           |          |                 |         |
|        | deviceid      | deviceid  |           |          |                 |         |
|        | username      | inspector |           |          |                 |         |
|        | text          | ten       | Name      | yes      |                 |         |
|        | select_one yn | open      | Open?     | yes      |                 | yes     |
|        | integer       | staff     | Staff     |          | ${open} = 'yes' |         |
|        | text          | phuong    | Ward      |          |                 |         |
|        | begin_repeat  | item      | Items     |          |                 |         |
|        | text          | item_name | Item      | yes      |                 |         |
|        | integer       | qty       | Qty       |          |                 |         |
|        | end_repeat    |           |           |          |                 |         |
| choices |
|         | list_name | name | label |
|         | yn        | yes  | Yes   |
|         | yn        | no   | No    |
| settings |
|          | form_id | version |
|          | shop    | 2026.1  |
"""


@pytest.fixture(scope="module")
def shop():
    return form_from_markdown(SHOP)


@pytest.fixture(scope="module")
def co_so():
    return load_forms(paths.forms_dir())["co_so_san_xuat", "2026112401"]


def test_a_new_session_fills_start_today_defaults_and_meta(shop):
    session = Session.new(shop, inspector="Lê Văn An", device="dev-1", now=NOW)
    answers = session.to_response().answers
    assert answers["start"] == "2026-11-24T08:30:00"
    assert answers["today"] == "2026-11-24"
    assert answers["open"] == "yes"
    assert (answers["deviceid"], answers["inspector"]) == ("dev-1", "Lê Văn An")
    assert "end" not in answers
    assert session.is_new and session.status == DRAFT and session.base is None


def test_a_new_response_carries_inspector_device_and_creation_time(shop):
    response = Session.new(shop, inspector="An", device="dev-1", now=NOW).to_response()
    assert (response.form_id, response.form_version) == ("shop", "2026.1")
    assert (response.inspector, response.device, response.status) == ("An", "dev-1", DRAFT)
    assert response.created_at == NOW.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
    assert response.version == ""


def test_carried_answers_are_set_after_defaults_and_remembered(shop):
    session = Session.new(shop, now=NOW, carried={"phuong": "Ba Đình", "open": "no",
                                                   "unknown": "x", "staff": None})
    assert session.carried == {"phuong", "open"}
    assert session.live.value("open") == "no"
    assert session.live.value("phuong") == "Ba Đình"


def test_text_typed_as_nfd_is_stored_as_nfc(shop, store):
    session = Session.new(shop, now=NOW)
    session.set("ten", unicodedata.normalize("NFD", "Nguyễn"))
    assert session.live.value("ten") == unicodedata.normalize("NFC", "Nguyễn")
    session.save_draft(store, who="an")
    stored = store.get(session.uuid)
    assert stored.answers["ten"].encode() == unicodedata.normalize("NFC", "Nguyễn").encode()


def test_an_empty_text_is_no_answer(shop):
    session = Session.new(shop, now=NOW)
    session.set("ten", "Minh Long")
    session.set("ten", "")
    assert session.live.value("ten") is None
    assert "ten" not in session.to_response().answers


def test_draft_then_blocked_finalise_then_complete(shop, store):
    session = Session.new(shop, inspector="An", now=NOW)
    draft = session.save_draft(store, who="an")
    assert store.get(session.uuid) == draft
    assert (draft.status, session.is_new, session.base) == (DRAFT, False, draft)

    blocked = session.finalise(store, who="an")
    assert blocked.response is None and not blocked.ok
    assert [(i.key, i.kind) for i in blocked.blockers] == [("ten", "required")]
    assert store.get(session.uuid).version == draft.version

    session.set("ten", "Gốm Minh Long")
    done = session.finalise(store, who="an")
    assert done.ok and done.blockers == ()
    assert store.get(session.uuid) == done.response
    assert done.response.status == COMPLETE and session.status == COMPLETE
    assert done.response.history == (draft.version,)


def test_end_is_stamped_on_each_save_that_writes(shop, store):
    session = Session.new(shop, now=NOW)
    session.clock = lambda: dt.datetime(2026, 11, 24, 9, 0, 0)
    first = session.save_draft(store, who="an")
    assert first.answers["end"] == "2026-11-24T09:00:00"
    session.clock = lambda: dt.datetime(2026, 11, 24, 9, 5, 0)
    session.set("ten", "Minh Long")
    assert session.save_draft(store, who="an").answers["end"] == "2026-11-24T09:05:00"


def test_editing_a_complete_response_makes_an_audited_version(shop, store):
    first = Session.new(shop, now=NOW)
    first.set("ten", "Gốm Minh Long")
    complete = first.finalise(store, who="an").response

    session = Session.open(shop, store.get(complete.uuid))
    assert not session.dirty and session.status == COMPLETE
    session.set("ten", "Gốm Bát Tràng")
    assert session.dirty
    edited = session.save(store, who="binh")
    assert edited.status == COMPLETE
    assert edited.version != complete.version and edited.history[0] == complete.version
    rows = [r for r in store.audit(complete.uuid) if r.field == "ten"]
    assert [(r.old, r.new, r.who) for r in rows] == [("Gốm Minh Long", "Gốm Bát Tràng", "binh")]


def test_a_complete_response_with_issues_is_saved_as_a_draft(shop, store):
    first = Session.new(shop, now=NOW)
    first.set("ten", "Gốm Minh Long")
    complete = first.finalise(store, who="an").response
    session = Session.open(shop, complete)
    session.set("ten", None)
    assert session.save(store, who="an").status == DRAFT
    assert store.get(complete.uuid).status == DRAFT


def test_saving_an_unchanged_session_makes_no_new_version(shop, store):
    session = Session.new(shop, now=NOW)
    session.set("ten", "Minh Long")
    saved = session.save_draft(store, who="an")
    assert not session.dirty
    assert session.save_draft(store, who="an") == saved
    reopened = Session.open(shop, store.get(saved.uuid))
    assert reopened.save(store, who="an") == saved
    assert store.get(saved.uuid).version == saved.version
    assert len(store.audit(saved.uuid)) == 1                    # only "_created"


def test_a_new_session_is_dirty_until_saved(shop, store):
    session = Session.new(shop, now=NOW)
    assert session.dirty
    session.save_draft(store, who="an")
    assert not session.dirty
    session.set("staff", 4)
    assert session.dirty


def test_open_refuses_another_form_version(shop, store):
    session = Session.new(shop, now=NOW)
    saved = session.save_draft(store, who="an")
    with pytest.raises(ValueError, match="version"):
        Session.open(shop, replace(saved, form_version="2025.9"))


def test_repeat_rows_survive_save_and_open(shop, store):
    session = Session.new(shop, now=NOW)
    session.set("ten", "Minh Long")
    for name, qty in (("Đất sét", 3), ("Men", 1), ("Củi", 9)):
        session.add_row("item")
        row = session.live.rows("item")[-1]
        session.set("item_name", name, at=row)
        session.set("qty", qty, at=row)
    session.remove_row("item", (2,))
    saved = session.save_draft(store, who="an")

    reopened = Session.open(shop, store.get(saved.uuid))
    assert reopened.live.rows("item") == [(1,), (2,)]
    assert [reopened.live.value("item_name", at) for at in ((1,), (2,))] == ["Đất sét", "Củi"]
    assert reopened.live.value("qty", (2,)) == 9
    assert not reopened.dirty


def test_a_bundled_form_from_new_to_edited(co_so, store):
    session = Session.new(co_so, inspector="Nguyễn Văn An", device="laptop-1", now=NOW)
    assert session.live.value("inspector") == "Nguyễn Văn An"
    assert session.live.value("deviceid") == "laptop-1"
    for key, value in CO_SO.items():
        session.set(key, value)
    session.add_row("nguyen_lieu")
    for key, value in MATERIAL.items():
        session.set(key, value, at=(1,))
    assert session.issues() == []
    complete = session.finalise(store, who="an").response
    assert complete.rows("nguyen_lieu")[0].answers["dinh_muc_nam_nay"] == 2

    edit = Session.open(co_so, store.get(complete.uuid), language="English (en)")
    edit.set("sl_nam_nay", 180, at=(1,))
    edited = edit.save(store, who="binh")
    assert edited.history[0] == complete.version and edited.status == COMPLETE
    changed = {r.field: (r.old, r.new) for r in store.audit(complete.uuid) if r.who == "binh"}
    assert changed["nguyen_lieu[1]/sl_nam_nay"] == ("200", "180")
    assert changed["nguyen_lieu[1]/dinh_muc_nam_nay"] == ("2", "1.8")


CO_SO = {"ten_co_so": "Công ty Gốm Minh Long", "loai_hinh": "doanh_nghiep",
         "ma_so_thue": "0101234567", "phuong_xa": "phuong_ba_dinh", "vi_tri": "ngoai",
         "nganh": "gom_su", "duoc_huong_dan": "no", "ap_dung_sxsh": "no", "danh_gia_sxsh": "no",
         "nhan_sinh_thai": "none"}
MATERIAL = {"ten_nguyen_lieu": "Đất sét", "don_vi": "tan", "sl_nam_truoc": 220,
            "sl_nam_nay": 200, "san_luong_nam_truoc": 100, "san_luong_nam_nay": 100,
            "don_vi_san_pham": "tấn"}


def test_a_new_response_nobody_answered_is_not_worth_keeping(shop):
    session = Session.new(shop, inspector="Lan", device="d1", carried={"phuong": "Hàng Bạc"})
    assert session.carried == {"phuong"} and session.dirty and not session.worth_keeping
    session.set("ten", "Quầy B")
    assert session.worth_keeping
