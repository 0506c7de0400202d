"""The bad-input corpus: every case built from a real export into a folder, with what it must
produce. Nothing here is committed as a binary: run it to see the files.

    .venv/bin/python tests/corpus/make.py OUT_FOLDER

A field store is filled with `jobs.demo` and exported with `jobs.export_file`; each case edits
that export (parts as bytes, openpyxl as a person's spreadsheet program, hand-written zip
archives, LibreOffice for the old .xls when it is installed) or exports a store of its own.
A case is either refused (`problem`: the Problem's name; `where`: the file, sheet, row and
column its message must name) or imported (`imports`): "same" (the store then holds exactly
what the case's source store holds), or counts the import must report.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.base import MAIN, MARKET, REPEAT, Base, make_base
from corpus.packages import (
    bomb_part,
    case_twin,
    docx,
    lying_name,
    ods,
    protected,
    raw,
    truncated,
    twice,
    written,
    xls,
)
from corpus.sheets import (
    add_part,
    add_sheet,
    copied,
    edited,
    entity_bomb,
    external_target,
    far_cell,
    forged_hash,
    hide,
    kobo_export,
    macro_content_type,
    manifest_count,
    merged_header,
    million_rows_notes,
    million_rows_on,
    no_reference,
    notes,
    other_form_book,
    other_program,
    part_edit,
    plain_workbook,
    prefixed_cell,
    remove_row,
    renamed_sheet,
    same_uuid,
    text,
    utf16,
    with_person,
)
from corpus.zips import number_cell


@dataclass(frozen=True)
class Case:
    """One bad (or odd) workbook and what importing it must do."""

    name: str
    build: Callable[[Base, Path], Path]
    problem: str | None = None              # refused with this Problem ...
    where: dict = field(default_factory=dict)   # ... whose message names these (sheet, row, column)
    says: str = ""                          # ... and holds this text
    imports: str | dict | None = None       # or imported: "same", or these counts
    source: str = "trip"                    # the store an accepted case must equal
    bomb: bool = False                      # refused within TIME_LIMIT and MEMORY_LIMIT
    needs: str = ""                         # a program it needs (soffice), else skipped
    suffix: str = ".xlsx"



CASES: list[Case] = [
    Case("not_a_zip", written(random.Random(1).randbytes(4096)), "NOT_XLSX", says="not a zip"),
    Case("truncated_zip", truncated, "NOT_XLSX", says="damaged zip archive"),
    Case("word_renamed", docx, "NOT_XLSX", says="Word document"),
    Case("ods_renamed", ods, "NOT_XLSX", says="OpenDocument"),
    Case("csv_renamed", written("ten_co_so,so_lao_dong\nGốm Bát Tràng,12\n".encode()), "NOT_XLSX",
         says="CSV"),
    Case("old_format", xls, "NOT_XLSX", says=".xls", needs="soffice", suffix=".xls"),
    Case("password_no_password", protected, "PASSWORD_NEEDED", says="password"),
    Case("data_sheet_missing", with_person(lambda wb: wb.remove(wb[MARKET])), "SHEET_MISSING",
         {"sheet": MARKET}),
    Case("data_sheet_renamed", with_person(lambda wb: setattr(wb[MARKET], "title", "Sheet1")),
         "SHEET_MISSING", {"sheet": MARKET}),
    Case("uuid_column_missing", with_person(lambda wb: setattr(wb[MAIN]["A1"], "value", "uuid")),
         "COLUMN_MISSING", {"sheet": MAIN, "column": "_uuid"}),
    Case("duplicate_uuids", same_uuid, "UUID_TWICE", {"sheet": MAIN, "row": 3, "column": "_uuid"}),
    Case("unknown_form", other_form_book, "UNKNOWN_FORM", {"sheet": "khao_sat_nuoc_thai"},
         says="khao_sat_nuoc_thai version 2026 is not known"),
    Case("unknown_form_version", edited(MAIN, "_form_version", 2, text("2099010101")),
         "UNKNOWN_FORM", {"sheet": MAIN}, says="version 2099010101"),
    Case("text_in_integer", edited(MAIN, "so_lao_dong", 2, text("mười hai")), "BAD_CELL",
         {"sheet": MAIN, "row": 2, "column": "so_lao_dong"}, says="not a whole number"),
    Case("date_as_free_text", edited(MAIN, "today", 2, text("24/11/2026")), "BAD_CELL",
         {"sheet": MAIN, "row": 2, "column": "today"}, says="is not a date"),
    Case("unknown_choice", edited(MAIN, "loai_hinh", 2, text("tap_doan")), "BAD_CELL",
         {"sheet": MAIN, "row": 2, "column": "loai_hinh"}, says="is not a choice"),
    Case("formula_cell", edited(MAIN, "so_lao_dong", 2, lambda r: f'<c r="{r}"><f>10+2</f><v>12</v></c>'),
         "FORMULA_CELL", {"sheet": MAIN, "row": 2, "column": "so_lao_dong"}, says="formula"),
    Case("error_cell", edited(MAIN, "so_lao_dong", 2, lambda r: f'<c r="{r}" t="e"><v>#DIV/0!</v></c>'),
         "BAD_CELL", {"sheet": MAIN, "row": 2, "column": "so_lao_dong"}, says="error value"),
    Case("date_serial_out_of_range", edited(MAIN, "today", 2, lambda r: number_cell(r, 99999999, "4")),
         "BAD_CELL", {"sheet": MAIN, "row": 2, "column": "today"}, says="is not a date"),
    Case("entity_expansion_bomb", part_edit(entity_bomb), "NOT_XLSX", says="DOCTYPE", bomb=True),
    Case("zip_bomb", raw(bomb_part(honest=True)), "ZIP_BOMB", says="zip bomb", bomb=True),
    Case("zip_bomb_lying_size", raw(bomb_part(honest=False)), "ZIP_BOMB", says="more than",
         bomb=True),
    Case("rows_1048576", million_rows_on(MAIN), "SHEET_TOO_LARGE", {"sheet": MAIN},
         says="1048576 rows", bomb=True),
    Case("notes_sheet_1048576_rows", million_rows_notes, "SHEET_FULL", {"sheet": "Ghi chú"},
         says="1048576", bomb=True),
    Case("far_corner_cell", part_edit(far_cell(False, "XFD1048576")), "SHEET_FULL",
         {"sheet": MAIN}, bomb=True),
    Case("far_cell_within_limit", part_edit(far_cell(True, "AZ150000")), "MISSING_UUID",
         {"sheet": MAIN, "row": 150000, "column": "_uuid"}, bomb=True),
    Case("cell_too_long", edited(MAIN, "ten_co_so", 2, text("Công ty " + "x" * 40_000)), "BAD_CELL",
         {"sheet": MAIN, "row": 2, "column": "ten_co_so"}, says="40008 characters"),
    Case("merged_header", part_edit(merged_header), "MERGED_CELLS", {"sheet": MAIN}, says="A1:B1"),
    Case("other_program_no_manifest", plain_workbook(other_program), "SHEET_MISSING",
         {"sheet": "_manifest"}),
    Case("kobo_export", plain_workbook(kobo_export), "COLUMN_MISSING",
         {"sheet": MAIN, "column": "_form_id"}),
    Case("empty_workbook", plain_workbook(), "SHEET_MISSING", {"sheet": "_manifest"}),
    Case("hidden_data_sheet", part_edit(hide(MARKET)), "SHEET_HIDDEN", {"sheet": MARKET}),
    Case("manifest_lies_about_rows", part_edit(manifest_count(MARKET, 5)), "ROWS_MISMATCH",
         {"sheet": MARKET}, says="holds 2 rows, but the _manifest sheet says 5"),
    Case("row_deleted_outside", part_edit(remove_row(MARKET, 3)), "ROWS_MISMATCH",
         {"sheet": MARKET}, says="holds 1 rows, but the _manifest sheet says 2"),
    Case("data_sheet_not_in_manifest", part_edit(manifest_count(MARKET, None)), "SHEET_UNLISTED",
         {"sheet": MARKET}),
    Case("uuid_not_a_uuid", edited(MAIN, "_uuid", 2, text("khong-phai-uuid")), "BAD_CELL",
         {"sheet": MAIN, "row": 2, "column": "_uuid"}, says="is not a uuid"),
    Case("repeat_row_without_parent", edited(REPEAT, "_parent_uuid", 2,
                                             text("9b2f0e4c-0000-4000-8000-000000000000")),
         "BAD_CELL", {"sheet": REPEAT, "row": 2, "column": "_parent_uuid"}, says="no response"),
    Case("macros", part_edit(add_part("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0macro",
                                      "application/vnd.ms-office.vbaProject")), "MACROS",
         says="vbaProject.bin"),
    Case("macro_enabled_type", part_edit(macro_content_type), "MACROS", says="macroEnabled"),
    Case("external_link_part", part_edit(add_part("xl/externalLinks/externalLink1.xml",
                                                  b'<?xml version="1.0"?><externalLink/>')),
         "EXTERNAL_LINK", says="externalLink1.xml"),
    Case("external_link_target", part_edit(external_target), "EXTERNAL_LINK",
         says="phuong_khac.xlsx"),
    Case("embedded_object", part_edit(add_part("xl/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0")),
         "PART_UNEXPECTED", says="oleObject1.bin"),
    Case("file_added_by_hand", part_edit(add_part("payload/readme.txt", b"hello")),
         "PART_UNEXPECTED", says="payload/readme.txt"),
    Case("entry_twice", raw(twice), "PACKAGE_AMBIGUOUS", says="twice"),
    Case("names_differ_in_case", raw(case_twin), "PACKAGE_AMBIGUOUS", says="only in case"),
    Case("local_header_lies", raw(lying_name), "NOT_XLSX", says="damaged zip archive"),
    Case("utf16_part", part_edit(utf16), "NOT_XLSX", says="not UTF-8"),
    Case("prefixed_cell", part_edit(prefixed_cell), "NOT_XLSX", says="namespace prefix"),
    Case("cell_without_reference", part_edit(no_reference), "NOT_XLSX", says="without its reference"),
    # found by tests/test_fuzz.py
    Case("column_key_not_a_value", part_edit(lambda b: b.set_cell(MARKET, "E1", number_cell("E1", "NaN"))),
         "BAD_CELL", {"sheet": MARKET, "row": 1, "column": "E"}, says="a column key"),
    Case("parent_uuid_not_a_value", edited(REPEAT, "_parent_uuid", 2, lambda r: number_cell(r, "inf")),
         "BAD_CELL", {"sheet": REPEAT, "row": 2, "column": "_parent_uuid"}, says="is not a value"),
    Case("attached_file_row_removed", part_edit(remove_row("_media", 3)), "MEDIA_COUNT_MISMATCH",
         {"sheet": "_media"}, says="carries 1 attached files, but the _manifest sheet says 2"),
    Case("history_edited_outside", edited(MAIN, "_history", 2, text("1-0123456789abcdef0123")),
         imports={"updated": 1, "edited_outside": 1}),
    # imported, exactly
    Case("odd_sheet_name", part_edit(renamed_sheet), imports="same"),
    Case("hidden_notes_sheet", part_edit(lambda b: add_sheet(b, "Ghi chú", notes(), "hidden")),
         imports="same"),
    Case("nul_and_control_text", copied("text"), imports="same", source="text"),
    Case("dates_1900_and_9999", copied("dates"), imports="same", source="dates"),
    Case("hash_forged_to_hide_an_edit", forged_hash, imports={"updated": 1, "edited_outside": 1}),
]


def build_all(folder: Path, names: set[str] | None = None) -> tuple[Base, dict[str, Path | str]]:
    """Every case built into `folder` (a path), or why it was not (a string)."""
    base = make_base(folder / "base")
    built: dict[str, Path | str] = {}
    for case in CASES:
        if names is not None and case.name not in names:
            continue
        if case.needs and shutil.which(case.needs) is None:
            built[case.name] = f"{case.needs} is not installed"
            continue
        built[case.name] = case.build(base, folder / f"{case.name}{case.suffix}")
    return base, built


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-out")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _, made = build_all(target)
    for case in CASES:
        outcome = case.problem or f"imports ({case.imports})"
        print(f"{case.name:32} {outcome:18} {made.get(case.name)}")
