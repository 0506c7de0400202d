"""Builders of bad workbooks by their cells and sheets: the real export with a cell, a row, a
sheet or the workbook's parts changed, as bytes or through openpyxl (as a person's spreadsheet
program would). Each builder is `build(base, out) -> out`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl

from corpus.base import MAIN, MARKET, ODD_SHEET, OTHER_FORM, REPEAT, Base, million_rows
from corpus.zips import Book, number_cell, text_cell
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import Response, row_hash, saved
from surveyor.core.workbook import read_workbook, write_workbook


def edited(sheet: str, key: str, row: int, cell: Callable[[str], str]) -> Callable:
    """A builder: the export with one cell (by its column key) replaced."""
    def build(base: Base, out: Path) -> Path:
        book = base.book()
        ref = book.ref(sheet, key, row)
        book.set_cell(sheet, ref, cell(ref))
        return book.save(out)
    return build


def text(value: str) -> Callable[[str], str]:
    return lambda ref: text_cell(ref, value)


def part_edit(change: Callable[[Book], None]) -> Callable:
    def build(base: Base, out: Path) -> Path:
        book = base.book()
        change(book)
        return book.save(out)
    return build


def with_person(change: Callable) -> Callable:
    """A builder: the export opened and saved by openpyxl after `change(workbook)`."""
    def build(base: Base, out: Path) -> Path:
        workbook = openpyxl.load_workbook(base.trip)
        change(workbook)
        workbook.save(out)
        return out
    return build


def add_sheet(book: Book, name: str, sheet_xml: str, state: str = "") -> None:
    """A new sheet at the end: its part, content type, relationship and entry in the workbook."""
    number = 1 + max(int(p[len("xl/worksheets/sheet"):-4]) for p in book.parts
                     if p.startswith("xl/worksheets/sheet"))
    part = f"xl/worksheets/sheet{number}.xml"
    book.put(part, sheet_xml)
    book.replace("[Content_Types].xml", "</Types>",
                 f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    book.replace("xl/_rels/workbook.xml.rels", "</Relationships>",
                 f'<Relationship Id="rIdNew{number}" Type="http://schemas.openxmlformats.org/'
                 f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{number}.xml"/>'
                 "</Relationships>")
    escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    hidden = f' state="{state}"' if state else ""
    book.replace("xl/workbook.xml", "</sheets>",
                 f'<sheet name="{escaped}" sheetId="{90 + number}"{hidden} r:id="rIdNew{number}"/></sheets>')


def sheet_xml(rows: str, last: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://'
            'schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:'
            f'{last}"/><sheetData>{rows}</sheetData></worksheet>')


def notes(rows: str = '<row r="1"><c r="A1" t="inlineStr"><is><t>Đã gọi lại chị Lan</t></is></c></row>',
          last: str = "A1") -> str:
    return sheet_xml(rows, last)


def other_form_book(base: Base, out: Path) -> Path:
    form = form_from_markdown(OTHER_FORM)
    state = saved(Response(uuid="3f2c8a1e-5b7d-4c9e-8a6f-0d1e2f3a4b5c", form_id=form.form_id,
                           form_version=form.version, status="complete",
                           answers={"ten": "Nhà máy nước thải Yên Xá"}), at="2026-11-24T08:30:00")
    write_workbook(out, {(form.form_id, form.version): form}, [state], manifest={})
    return out


def forged_hash(base: Base, out: Path) -> Path:
    """Row 2's name edited and its _hash recomputed as the algorithm says; _version kept."""
    row = next(r for r in read_workbook(base.trip, base.forms).rows if r.sheet == MAIN and r.row == 2)
    edited_state = replace(row.response, answers={**row.response.answers,
                                                  "ten_co_so": "Công ty đã đổi tên trong Excel"})
    book = base.book()
    book.set_cell(MAIN, book.ref(MAIN, "ten_co_so", 2), text_cell(book.ref(MAIN, "ten_co_so", 2),
                                                                   "Công ty đã đổi tên trong Excel"))
    book.set_cell(MAIN, book.ref(MAIN, "_hash", 2), text_cell(book.ref(MAIN, "_hash", 2),
                                                               row_hash(edited_state)))
    return book.save(out)


def manifest_count(sheet: str, count: int | None) -> Callable[[Book], None]:
    """The _manifest's row count of `sheet` changed (None: its line removed)."""
    def change(book: Book) -> None:
        cells = book.cells("_manifest")
        ref = next(r for r, v in cells.items() if v == sheet and r.startswith("A"))
        number = ref[1:]
        part = book.sheet_part("_manifest")
        if count is None:
            start = book.text(part).index(f'<row r="{number}"')
            end = book.text(part).index("</row>", start) + len("</row>")
            book.put(part, book.text(part)[:start] + book.text(part)[end:])
        else:
            book.set_cell("_manifest", f"E{number}", number_cell(f"E{number}", count))
    return change


def remove_row(sheet: str, number: int) -> Callable[[Book], None]:
    def change(book: Book) -> None:
        part = book.sheet_part(sheet)
        whole = book.text(part)
        start = whole.index(f'<row r="{number}"')
        end = whole.index("</row>", start) + len("</row>")
        book.put(part, whole[:start] + whole[end:])
    return change


def renamed_sheet(book: Book) -> None:
    """The repeat sheet renamed to ODD_SHEET, in the workbook and in the _manifest."""
    xml_name = ODD_SHEET.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    book.replace("xl/workbook.xml", f'name="{REPEAT}"', f'name="{xml_name}"')
    book.replace("xl/workbook.xml", f"{REPEAT}!", "'" + xml_name.replace("'", "''") + "'!")
    cells = book.cells("_manifest")
    ref = next(r for r, v in cells.items() if v == REPEAT and r.startswith("A"))
    book.set_cell("_manifest", ref, text_cell(ref, ODD_SHEET))


def plain_workbook(change: Callable | None = None) -> Callable:
    def build(base: Base, out: Path) -> Path:
        workbook = openpyxl.Workbook()
        if change:
            change(workbook)
        workbook.save(out)
        return out
    return build


def other_program(workbook) -> None:
    sheet = workbook.active
    sheet.title = "Danh sách cơ sở"
    sheet.append(["Tên cơ sở", "Mã số thuế", "Số lao động"])
    sheet.append(["Gốm Bát Tràng", "0101234567", 12])


def kobo_export(workbook) -> None:
    sheet = workbook.active
    sheet.title = MAIN
    sheet.append(["ten_co_so", "so_lao_dong", "_id", "_uuid", "_submission_time"])
    sheet.append(["Gốm Bát Tràng", 12, 1, "0c3a5a52-1f1e-4a57-9d77-b9c4d7b4e0a1",
                  "2026-11-24T08:30:00"])


def utf16(book: Book) -> None:
    part = book.sheet_part(MARKET)
    whole = book.text(part).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    book.put(part, whole.encode("utf-16"))


def prefixed_cell(book: Book) -> None:
    part = book.sheet_part(MARKET)
    whole = book.text(part)
    start = whole.index('<c r="A2"')
    end = whole.index("</c>", start) + 4
    cell = whole[start:end].replace("<c ", '<x:c xmlns:x="urn:khac" ', 1)[:-4] + "</x:c>"
    book.put(part, whole[:start] + cell + whole[end:])


def entity_bomb(book: Book) -> None:
    part = book.sheet_part(MARKET)
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{laughs}]>'
    book.replace(part, "?>\n", "?>\n" + doctype)
    book.replace(part, "<t>complete</t>", "<t>&lol9;</t>")


def far_cell(honest_dimension: bool, ref: str) -> Callable[[Book], None]:
    def change(book: Book) -> None:
        book.set_cell(MAIN, ref, text_cell(ref, "ghi chú lạc chỗ"))
        if honest_dimension:
            part = book.sheet_part(MAIN)
            whole = book.text(part)
            start = whole.index('<dimension ref="')
            end = whole.index('"', start + 16)
            book.put(part, whole[:start] + f'<dimension ref="A1:{ref}' + whole[end:])
    return change


def million_rows_on(sheet: str) -> Callable:
    """A data sheet filled on to row 1,048,576 (its dimension saying so)."""
    def build(base: Base, out: Path) -> Path:
        book = base.book()
        part = book.sheet_part(sheet)
        whole = book.text(part)
        start = whole.index('<dimension ref="')
        end = whole.index('"', start + 16)
        last = whole[start + 16:end].split(":")[-1]
        whole = whole[:start] + f'<dimension ref="A1:{last.rstrip("0123456789")}1048576' + whole[end:]
        rows = million_rows(int(last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) + 1)
        book.put(part, whole.replace("</sheetData>", rows + "</sheetData>"))
        return book.save(out)
    return build


def million_rows_notes(base: Base, out: Path) -> Path:
    """Someone's notes sheet of 1,048,576 rows."""
    book = base.book()
    add_sheet(book, "Ghi chú", sheet_xml(million_rows(1), "A1048576"))
    return book.save(out)


def add_part(name: str, data: bytes, content_type: str | None = None) -> Callable[[Book], None]:
    def change(book: Book) -> None:
        book.put(name, data)
        if content_type:
            book.replace("[Content_Types].xml", "</Types>",
                         f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>')
    return change


def external_target(book: Book) -> None:
    book.replace("xl/_rels/workbook.xml.rels", "</Relationships>",
                 '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/externalLinkPath" '
                 'Target="file:///C:/So_lieu/phuong_khac.xlsx" TargetMode="External"/>'
                 "</Relationships>")


def no_reference(book: Book) -> None:
    part = book.sheet_part(MARKET)
    book.replace(part, '<c r="B2" ', "<c ")


def merged_header(book: Book) -> None:
    part = book.sheet_part(MAIN)
    whole = book.text(part)
    start = whole.index('<c r="B1"')
    end = whole.index("</c>", start) + 4
    whole = whole[:start] + whole[end:]
    book.put(part, whole.replace("</sheetData>", '</sheetData><mergeCells count="1">'
                                                 '<mergeCell ref="A1:B1"/></mergeCells>'))


def hide(sheet: str) -> Callable[[Book], None]:
    return lambda book: book.replace("xl/workbook.xml", f'<sheet name="{sheet}" ',
                                     f'<sheet name="{sheet}" state="hidden" ')


def first_uuid(base: Base) -> str:
    return Book(base.trip).cells(MAIN)[Book(base.trip).ref(MAIN, "_uuid", 2)]


def same_uuid(base: Base, out: Path) -> Path:
    book = base.book()
    ref = book.ref(MAIN, "_uuid", 3)
    book.set_cell(MAIN, ref, text_cell(ref, first_uuid(base)))
    return book.save(out)


def macro_content_type(book: Book) -> None:
    """The workbook declared macro-enabled (an .xlsm renamed)."""
    book.replace("[Content_Types].xml",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                 "application/vnd.ms-excel.sheet.macroEnabled.main+xml")


def copied(source: str) -> Callable:
    def build(base: Base, out: Path) -> Path:
        shutil.copy(base.books[source], out)
        return out
    return build


