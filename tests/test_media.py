"""Attached files in the core: a photo made ready on attach (upright, downscaled, JPEG), other
files kept as they are within a limit, and the store keeping each file once, written in the
transaction of the saved state that names it."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace

import pytest
from PIL import Image

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.filling import media
from surveyor.core.filling.media import attach_bytes, attach_file, file_answers, named_file
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import RepeatRow, Response

FORM = form_from_markdown("""
| survey |
|        | type         | name    | label::Tiếng Việt (vi) | parameters     |
|        | text         | ten     | Tên cơ sở              |                |
|        | image        | anh     | Ảnh nhãn               |                |
|        | image        | anh_nho | Ảnh nhỏ                | max-pixels=640 |
|        | audio        | ghi_am  | Ghi âm                 |                |
|        | begin_repeat | quay    | Quầy                   |                |
|        | image        | anh_q   | Ảnh quầy               |                |
|        | end_repeat   |         |                        |                |
| settings |
|          | form_id | version |
|          | cho     | 1       |
""")
PHOTO, SMALL, SOUND = (FORM.question(key) for key in ("anh", "anh_nho", "ghi_am"))
STALL = next(q for q in FORM.questions() if q.name == "anh_q")


def picture(size: tuple[int, int], *, fmt: str = "JPEG", orientation: int | None = None,
            mode: str = "RGB") -> bytes:
    """A picture whose left half is red and right half blue (as stored, before any turn)."""
    image = Image.new(mode, size, (0, 0, 255, 255) if mode == "RGBA" else (0, 0, 255))
    image.paste((255, 0, 0) if mode == "RGB" else (255, 0, 0, 0), (0, 0, size[0] // 2, size[1]))
    out = io.BytesIO()
    options = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        options["exif"] = exif.tobytes()
    image.save(out, fmt, **options)
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def near(colour: tuple, wanted: tuple) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour, wanted))


# --- a file made ready on attach -------------------------------------------------------------

def test_a_photo_is_turned_upright_by_its_exif_and_downscaled_to_1600_pixels(tmp_path):
    path = tmp_path / "IMG_2031.JPG"                 # stored sideways: the camera says turn it
    path.write_bytes(picture((3200, 1600), orientation=6))
    attached = attach_file(path, PHOTO)
    image = opened(attached.data)
    assert (image.format, image.size) == ("JPEG", (800, 1600))
    assert near(image.getpixel((400, 200)), (255, 0, 0))      # the left half is now on top
    assert near(image.getpixel((400, 1400)), (0, 0, 255))
    assert image.getexif().get(0x0112) is None                # no second turn by a viewer
    assert (attached.name, attached.type, attached.size) == ("IMG_2031.jpg", "image/jpeg",
                                                              len(attached.data))
    assert attached.sha256 == hashlib.sha256(attached.data).hexdigest()


def test_the_questions_max_pixels_sets_the_long_side_and_transparency_goes_white():
    attached = attach_bytes(picture((1000, 2000), fmt="PNG", mode="RGBA"), "nhan.png", SMALL)
    image = opened(attached.data)
    assert (image.format, image.size, attached.name) == ("JPEG", (320, 640), "nhan.jpg")
    assert near(image.getpixel((40, 300)), (255, 255, 255))   # the clear half, on white
    assert near(image.getpixel((280, 300)), (0, 0, 255))


def test_a_small_upright_jpeg_is_kept_byte_for_byte():
    for data in (picture((1600, 1200)), picture((1600, 1200), orientation=1)):
        assert attach_bytes(data, "a.jpg", PHOTO).data == data
    turned = picture((1200, 1600), orientation=8)
    assert attach_bytes(turned, "c.jpg", PHOTO).data != turned        # turned: written again


def test_other_files_are_kept_as_they_are_up_to_the_limit(monkeypatch):
    sound = b"ID3" + bytes(range(256)) * 40
    kept = attach_bytes(sound, "phong_van.mp3", SOUND)
    assert (kept.data, kept.type, kept.answer) == (
        sound, "audio/mpeg", f"{hashlib.sha256(sound).hexdigest()}.mp3")
    heic = b"\x00\x00\x00\x18ftypheic" + bytes(500)           # a picture Pillow cannot read
    assert attach_bytes(heic, "IMG_1.HEIC", PHOTO).data == heic
    monkeypatch.setattr(media, "MAX_FILE_BYTES", len(sound) - 1)
    with pytest.raises(SurveyError) as refused:
        attach_bytes(sound, "phong_van.mp3", SOUND)
    assert refused.value.problem is Problem.ATTACHED_TOO_LARGE
    assert refused.value.context == {"file": "phong_van.mp3", "size": len(sound),
                                     "limit": len(sound) - 1}
    assert str(len(sound) - 1) in str(refused.value)


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(media, "MAX_PICTURE_PIXELS", 1000)
    with pytest.raises(SurveyError) as refused:
        attach_bytes(picture((100, 100), fmt="PNG"), "bomb.png", PHOTO)
    assert refused.value.problem is Problem.PICTURE_TOO_LARGE
    assert refused.value.context["pixels"] == 10_000


def test_a_missing_file_is_refused_by_name(tmp_path):
    with pytest.raises(SurveyError) as refused:
        attach_file(tmp_path / "gone.jpg", PHOTO)
    assert refused.value.problem is Problem.FILE_NOT_FOUND


def test_an_answer_names_its_file_by_sha256_and_older_answers_name_none():
    attached = attach_bytes(b"%PDF-1.4", "giay phep.pdf")
    assert attached.answer == f"{attached.sha256}.pdf"
    assert named_file(attached.answer) == attached.sha256
    for older in ("IMG_1.jpg", "/home/an/anh.jpg", attached.sha256, attached.answer.upper(), 5):
        assert named_file(older) is None
    response = Response("u", "cho", "1", answers={"anh": attached.answer, "ten": attached.answer},
                        repeats=(RepeatRow("quay", 2, {"anh_q": attached.answer}),))
    assert list(file_answers(response, FORM)) == [("anh", attached.sha256),
                                                  ("quay[2]/anh_q", attached.sha256)]


# --- the store --------------------------------------------------------------------------------

def test_a_file_attached_in_a_session_is_stored_with_the_save_that_names_it(store):
    photo = attach_bytes(picture((2000, 1500)), "nhan.jpg", PHOTO)
    stall = attach_bytes(picture((900, 600), fmt="PNG"), "quay.png", STALL)
    session = Session.new(FORM, inspector="An")
    session.set("ten", "Chợ Đồng Xuân")
    session.set("anh", photo.answer)
    session.add_row("quay")
    session.set("anh_q", stall.answer, (1,))
    store.media.stage(photo)
    store.media.stage(stall)
    assert not store.media.has(photo.sha256) and store.media.get(photo.sha256) == photo
    saved = session.save(store, who="An")
    assert store.media.has(photo.sha256) and store.media.has(stall.sha256)   # a repeat's too
    assert store.media.staged() == []
    assert store.media.get(stall.sha256).data == stall.data
    assert store.media.count() == (2, photo.size + stall.size)
    assert saved.answers["anh"] == photo.answer


def test_a_changed_photo_is_a_changed_answer_with_its_audit_row(store):
    first, second = (attach_bytes(picture(size), "a.jpg", PHOTO) for size in ((800, 600), (600, 800)))
    with store.transaction():
        store.media.put([first])
        one = store.save(Response("u", "cho", "1", answers={"anh": first.answer}), who="An")
    store.media.stage(second)
    two = store.save(replace(one, answers={"anh": second.answer}), who="An")
    assert two.version != one.version and two.history == (one.version,)
    (change,) = [row for row in store.audit("u") if row.field == "anh"][-1:]
    assert (change.old, change.new) == (first.answer, second.answer)
    assert store.media.has(first.sha256) and store.media.has(second.sha256)  # history keeps it


def test_putting_a_file_twice_keeps_it_once(store):
    photo = attach_bytes(picture((300, 200)), "a.jpg", PHOTO)
    assert store.media.put([photo]) == 1
    assert store.media.put([photo, replace(photo, name="other.jpg")]) == 0
    assert store.media.get(photo.sha256).name == "a.jpg"
    assert store.media.missing([photo.sha256, "0" * 64]) == {"0" * 64}


def test_a_staged_photo_outlives_a_crash_and_is_stored_by_the_recovered_save(tmp_path):
    """The window stages a photo, then dies before saving (its savepoint names the photo): the
    next start saves the recovered answers, and the photo comes with them."""
    photo = attach_bytes(picture((1200, 900)), "nhan.jpg", PHOTO)
    from surveyor.core.store import Store

    with Store(tmp_path / "s.sqlite") as before_the_crash:
        before_the_crash.media.stage(photo)
    with Store(tmp_path / "s.sqlite") as after:
        assert not after.media.has(photo.sha256)
        after.save(Response("u", "cho", "1", answers={"anh": photo.answer}), who="An")
        assert after.media.get(photo.sha256).data == photo.data
        assert after.media.staged() == []
