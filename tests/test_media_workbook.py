"""Attached files travel in the sync workbook: `_media` rows people read (a picture in each),
the bytes in `_media_data`, checked by sha256 on import, merged like any answer, kept through a
LibreOffice re-save, left out by --no-media."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageDraw

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.filling.media import AttachedFile, attach_bytes, attach_file
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import conflict_view, resolve
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks
from surveyor.core.workbook import media as workbook_media
from surveyor.core.workbook import read_workbook
from surveyor.core.workbook.extent import sheet_parts

FORM = form_from_markdown("""
| survey |
|        | type         | name   | label::Tiếng Việt (vi) | label::English (en) |
|        | text         | ten    | Tên cơ sở              | Name                |
|        | image        | anh    | Ảnh nhãn sinh thái     | Eco-label photo     |
|        | file         | giay   | Giấy chứng nhận        | Certificate         |
|        | begin_repeat | quay   | Quầy                   | Stall               |
|        | text         | so     | Số quầy                | Stall number        |
|        | image        | anh_q  | Ảnh túi                | Bag photo           |
|        | end_repeat   |        |                        |                     |
| settings |
|          | form_id | version |
|          | co_so   | 1       |
""")
FORMS = {(FORM.form_id, FORM.version): FORM}
PHOTO = FORM.question("anh")
BAG = next(q for q in FORM.questions() if q.name == "anh_q")


def photo(colour: tuple[int, int, int], size: tuple[int, int] = (2000, 1500)) -> bytes:
    """A camera-sized JPEG, its colour and a circle telling it apart."""
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((200, 200, 900, 900), fill=(250, 250, 210))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def filled(store: Store, tmp_path: Path, name: str = "Gốm Bát Tràng") -> tuple[str, dict]:
    """One response filled as the window fills it: files picked from disk, attached (staged),
    then saved. Returns its uuid and the attached files by answer key."""
    (tmp_path / "IMG_0412.jpg").write_bytes(photo((30, 140, 60)))
    (tmp_path / "quay.jpg").write_bytes(photo((200, 40, 40), (1200, 1600)))
    (tmp_path / "giay.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(60_000))
    files = {"anh": attach_file(tmp_path / "IMG_0412.jpg", PHOTO),
             "giay": attach_file(tmp_path / "giay.pdf", FORM.question("giay")),
             "quay[1]/anh_q": attach_file(tmp_path / "quay.jpg", BAG)}
    session = Session.new(FORM, inspector="Nguyễn Văn An")
    session.set("ten", name)
    session.set("anh", files["anh"].answer)
    session.set("giay", files["giay"].answer)
    session.add_row("quay")
    session.set("so", "A12", (1,))
    session.set("anh_q", files["quay[1]/anh_q"].answer, (1,))
    for attached in files.values():
        store.media.stage(attached)
    return session.save(store, who="An").uuid, files


def export(store: Store, path: Path, **options) -> Path:
    export_workbook(store, path, FORMS, who="test", **options)
    return path


def imported(store: Store, *paths: Path):
    return import_workbooks(store, paths, FORMS, who="ward office")


def rewrite(path: Path, sheet: str, change) -> Path:
    """The workbook with one sheet's XML changed by `change(text) -> text` (a forger's edit)."""
    forged = path.with_name(f"forged-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as out:
        part = {name: p for p, name in sheet_parts(source).items()}[sheet]
        for item in source.infolist():
            data = source.read(item)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(item, data)
    return forged


@pytest.fixture
def field(tmp_path: Path):
    """An inspector's store with one response and its three files, and its workbook."""
    with Store(tmp_path / "field.sqlite") as store:
        uuid, files = filled(store, tmp_path)
        yield store, uuid, files, export(store, tmp_path / "field.xlsx")


def test_files_go_from_attach_to_another_store_byte_for_byte(field, tmp_path):
    store, uuid, files, workbook = field
    with Store(tmp_path / "ward.sqlite") as ward:
        report = imported(ward, workbook)
        assert (report.counts["new"], report.counts["rejected"]) == (1, 0)
        for attached in files.values():
            assert ward.media.get(attached.sha256) == attached                 # name, type, size
            assert ward.media.get(attached.sha256).data == attached.data       # and the bytes
        assert ward.get(uuid) == store.get(uuid)
        assert ward.media.count() == store.media.count()
        assert imported(ward, workbook).counts["unchanged"] == 1


def test_each_file_has_a_row_with_its_picture_and_the_bytes_sheet_is_hidden(field):
    _, uuid, files, workbook = field
    book = openpyxl.load_workbook(workbook)
    rows = [tuple(c.value for c in row) for row in book["_media"].iter_rows(min_row=1)]
    assert rows[0] == ("_uuid", "question", "file_name", "sha256", "size", "type", "picture")
    assert sorted(rows[1:]) == sorted(
        (uuid, key, f.name, f.sha256, f.size, f.type, None) for key, f in files.items())
    pictures = {image.anchor._from.row + 1: image.anchor._from.col for image in
                book["_media"]._images}
    photo_rows = {i for i, row in enumerate(rows, start=1) if row[5] == "image/jpeg"}
    assert pictures == dict.fromkeys(photo_rows, 6)               # in column G of their rows
    assert book["_media_data"].sheet_state == "hidden"
    manifest = dict(r for r in book["_manifest"].iter_rows(max_col=2, values_only=True) if r[0])
    assert (manifest["media"], manifest["media_files"]) == ("included", "3")
    assert manifest["media_bytes"] == str(sum(f.size for f in files.values()))


@pytest.mark.slow
def test_a_libreoffice_resave_keeps_every_file_and_row(resave, field, tmp_path):
    store, _, files, workbook = field
    saved = resave(workbook)
    with zipfile.ZipFile(saved) as archive:
        assert any(n.startswith("xl/media/") for n in archive.namelist())   # pictures kept
    read = read_workbook(saved, FORMS)
    assert read.media == {f.sha256: f for f in files.values()}
    assert {sha: f.data for sha, f in read.media.items()} == {
        f.sha256: f.data for f in files.values()}
    assert imported(store, saved).counts["unchanged"] == 1          # not edited outside
    with Store(tmp_path / "ward.sqlite") as ward:
        assert imported(ward, saved).counts["new"] == 1
        assert all(ward.media.get(f.sha256).data == f.data for f in files.values())


def _first_chunk_changed(xml: str) -> str:
    """One base64 character of the first part of the first file replaced by another."""
    found = re.search(r"<t[^>]*>([A-Za-z0-9+/]{100,})", xml)
    at = found.start(1) + 50
    return xml[:at] + ("B" if xml[at] != "B" else "C") + xml[at + 1:]


def _size_changed(xml: str) -> str:
    return re.sub(r'(<c r="E2"[^>]*><v>)(\d+)', lambda m: m.group(1) + str(int(m.group(2)) + 1),
                  xml, count=1)


@pytest.mark.parametrize("sheet, change, detail", [
    ("_media_data", _first_chunk_changed, "the bytes hash to"),
    ("_media", _size_changed, "bytes, not"),
])
def test_a_forged_file_is_refused_naming_file_sheet_and_row(field, tmp_path, sheet, change,
                                                             detail):
    _, _, _, workbook = field
    forged = rewrite(workbook, sheet, change)
    with pytest.raises(SurveyError) as refused:
        read_workbook(forged, FORMS)
    error = refused.value
    first = openpyxl.load_workbook(workbook)["_media"]
    named = {first.cell(row, 4).value: row for row in range(first.max_row, 1, -1)}
    assert error.problem is Problem.MEDIA_MISMATCH
    assert (error.context["file"], error.context["sheet"]) == (forged.name, "_media")
    assert error.context["row"] == named[error.context["sha256"]]
    assert detail in error.context["detail"]
    assert f"{forged.name}, sheet _media, row {error.context['row']}" in str(error)
    with Store(tmp_path / "ward.sqlite") as ward:
        report = imported(ward, forged)
        assert report.counts["rejected"] == 1 and report.rejected[0].problem == "MEDIA_MISMATCH"
        assert ward.count() == 0 and ward.media.count() == (0, 0)


def test_files_past_the_limits_are_refused_before_they_are_decoded(field, monkeypatch):
    _, _, files, workbook = field
    biggest = max(files.values(), key=lambda f: f.size)
    monkeypatch.setattr(workbook_media, "MAX_FILE_BYTES", biggest.size - 1)
    with pytest.raises(SurveyError) as refused:
        read_workbook(workbook, FORMS)
    assert refused.value.problem is Problem.MEDIA_TOO_LARGE
    assert (refused.value.context["sheet"], refused.value.context["name"]) == ("_media",
                                                                               biggest.name)
    monkeypatch.setattr(workbook_media, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(workbook_media, "MAX_MEDIA_BYTES", sum(f.size for f in files.values()) - 1)
    with pytest.raises(SurveyError) as refused:
        read_workbook(workbook, FORMS)
    assert refused.value.problem is Problem.MEDIA_TOTAL_TOO_LARGE


def test_an_export_whose_files_a_workbook_cannot_carry_is_refused_and_writes_nothing(
        field, tmp_path, monkeypatch):
    store, _, _, _ = field
    monkeypatch.setattr(workbook_media, "MAX_MEDIA_BYTES", 1000)
    with pytest.raises(SurveyError) as refused:
        export(store, tmp_path / "big.xlsx")
    assert refused.value.problem is Problem.MEDIA_EXPORT_TOO_LARGE
    assert refused.value.context["file"] == "big.xlsx"
    assert not (tmp_path / "big.xlsx").exists()
    assert export(store, tmp_path / "light.xlsx", media=False).is_file()   # the way out


def test_without_media_the_rows_name_the_files_and_an_import_keeps_those_it_has(field, tmp_path):
    store, uuid, files, workbook = field
    with Store(tmp_path / "ward.sqlite") as ward, Store(tmp_path / "fresh.sqlite") as fresh:
        imported(ward, workbook)
        store.save(replace(store.get(uuid), answers={**store.get(uuid).answers,
                                                     "ten": "Gốm sứ Bát Tràng"}), who="An")
        light = tmp_path / "light.xlsx"
        stats = export_workbook(store, light, FORMS, who="test", media=False).media
        assert (stats.files, stats.included, stats.missing) == (3, False, 0)
        assert stats.bytes == sum(f.size for f in files.values())
        assert light.stat().st_size < workbook.stat().st_size / 3
        book = openpyxl.load_workbook(light)
        assert {r[3] for r in book["_media"].iter_rows(min_row=2, values_only=True)} == {
            f.sha256 for f in files.values()}
        assert book["_media_data"].max_row == 1                       # the header only
        assert read_workbook(light, FORMS).media == {}
        assert imported(ward, light).counts["updated"] == 1
        assert ward.get(uuid).answers["ten"] == "Gốm sứ Bát Tràng"
        assert all(ward.media.get(f.sha256).data == f.data for f in files.values())
        assert imported(fresh, light).counts["new"] == 1              # the answers, no files
        assert fresh.get(uuid).answers["anh"] == files["anh"].answer
        assert fresh.media.count() == (0, 0)
        again = tmp_path / "again.xlsx"                               # names files it lacks
        lacking = export_workbook(fresh, again, FORMS, who="test").media
        assert (lacking.files, lacking.bytes, lacking.missing) == (0, 0, 3)
        assert read_workbook(again, FORMS).media == {}
        assert imported(ward, again).counts["unchanged"] == 1
        assert all(ward.media.get(f.sha256).data == f.data for f in files.values())
        assert imported(fresh, workbook).counts["stale"] == 1         # later: the files come
        assert fresh.media.get(files["anh"].sha256).data == files["anh"].data


def _changed_photo(store: Store, uuid: str, colour: tuple[int, int, int]) -> AttachedFile:
    new = attach_bytes(photo(colour), "IMG_0413.jpg", PHOTO)
    store.media.stage(new)
    current = store.get(uuid)
    store.save(replace(current, answers={**current.answers, "anh": new.answer}), who="someone")
    return new


def test_a_photo_changed_on_both_sides_is_a_conflict_resolved_with_its_file(field, tmp_path):
    store, uuid, files, workbook = field
    with Store(tmp_path / "ward.sqlite") as ward:
        imported(ward, workbook)
        here = _changed_photo(store, uuid, (240, 200, 0))
        there = _changed_photo(ward, uuid, (0, 90, 200))
        report = imported(store, export(ward, tmp_path / "ward.xlsx"))
    assert report.counts["conflicts"] == 1
    view = conflict_view(store, store.conflicts()[0].id, FORMS)
    assert [(r.field, r.base, r.local, r.incoming) for r in view.differing] == [
        ("anh", files["anh"].answer, here.answer, there.answer)]
    assert store.media.get(there.sha256).data == there.data          # came with the workbook
    resolved = resolve(store, view.id, {"anh": "incoming"}, who="ward office")
    assert resolved.answers["anh"] == there.answer and store.conflicts() == []


def test_a_photo_changed_on_one_side_merges_by_itself_with_the_other_sides_edit(field, tmp_path):
    store, uuid, _, workbook = field
    with Store(tmp_path / "ward.sqlite") as ward:
        imported(ward, workbook)
        here = _changed_photo(store, uuid, (240, 200, 0))
        current = ward.get(uuid)
        ward.save(replace(current, answers={**current.answers, "ten": "HTX Gốm"}), who="ward")
        report = imported(store, export(ward, tmp_path / "ward.xlsx"))
    assert report.counts["merged"] == 1
    assert (store.get(uuid).answers["anh"], store.get(uuid).answers["ten"]) == (here.answer,
                                                                               "HTX Gốm")


def test_the_cli_exports_with_and_without_media_and_says_how_much(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    db = tmp_path / "demo.sqlite"

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "surveyor", "--db", str(db), *args],
                              capture_output=True, text=True, env=env, timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    run("demo", "--responses", "30", "--seed", "3")
    with Store(db) as store:
        count, size = store.media.count()
    assert count > 0                                                  # the demo's photos
    full = run("export", "-o", str(tmp_path / "full.xlsx"))
    assert f"files: {count} ({size / 1_000_000:.1f} MB)" in full
    light = run("export", "-o", str(tmp_path / "light.xlsx"), "--no-media")
    assert f"files: {count} ({size / 1_000_000:.1f} MB), not included (--no-media)" in light
    assert (tmp_path / "light.xlsx").stat().st_size < (tmp_path / "full.xlsx").stat().st_size
