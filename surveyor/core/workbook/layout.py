"""Sheet names and column layouts of the sync workbook, shared by its writer and its reader."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from surveyor.core.forms.languages import match_language
from surveyor.core.forms.model import Form, FormKey, Question, version_order

FORMAT_VERSION = "1"

MANIFEST, DICTIONARY = "_manifest", "_dictionary"
MEDIA, MEDIA_DATA = "_media", "_media_data"          # attached files (workbook/media.py)
MEDIA_HEADER = ("_uuid", "question", "file_name", "sha256", "size", "type", "picture")
MEDIA_DATA_HEADER = ("sha256", "part", "data")
DISMISSED = "_dismissed"         # pairs a person said are not duplicates (workbook/dismissed.py)
DISMISSED_HEADER = ("_uuid", "_other_uuid", "_form_id", "dismissed_at", "dismissed_by")
MANIFEST_SHEETS_HEADER = ("sheet", "form_id", "form_versions", "repeat", "rows")
DICTIONARY_HEADER = ("sheet", "key", "label::vi", "label::en", "type", "choices")
SHEET_NAME_LIMIT = 31
# Data rows a sheet holds at most. Excel has 1,048,576 rows, the header takes one, and a sheet
# that reaches the last one is refused on import (scan.py SHEET_FULL: Excel cuts what does not
# fit there), so the last row stays free. Past it a data sheet goes on under a numbered name
# (part_name), listed in `_manifest` like any sheet.
MAX_SHEET_ROWS = 1_048_574
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
_RESERVED = {MANIFEST, DICTIONARY, MEDIA, MEDIA_DATA, DISMISSED, "history"}

# key -> (type, label vi, label en): the system columns, in sheet order.
SYSTEM = {
    "_uuid": ("text", "Mã định danh phiếu", "Response id"),
    "_form_id": ("text", "Mã biểu mẫu", "Form id"),
    "_form_version": ("text", "Phiên bản biểu mẫu", "Form version"),
    "_status": ("text", "Trạng thái (draft/complete)", "Status (draft/complete)"),
    "_deleted": ("integer", "Đã xoá (1) hay không (trống)", "Deleted (1) or not (empty)"),
    "_merged_into": ("text", "Phiếu trùng đã gộp vào phiếu này (mã định danh)",
                     "Duplicate merged into this response (its id)"),
    "_inspector": ("text", "Cán bộ điều tra", "Inspector"),
    "_device": ("text", "Mã thiết bị", "Device id"),
    "_created_at": ("datetime", "Thời điểm tạo (UTC)", "Created at (UTC)"),
    "_updated_at": ("datetime", "Thời điểm sửa (UTC)", "Updated at (UTC)"),
    "_version": ("text", "Phiên bản phiếu", "Response version"),
    "_history": ("text", "Các phiên bản trước, mới nhất trước",
                 "Earlier versions, newest first"),
    "_hash": ("text", "Dấu kiểm tra (đừng sửa)", "Check seal (do not edit)"),
}
REPEAT_SYSTEM = {
    "_parent_uuid": ("text", "Mã phiếu chứa dòng này", "Response this row belongs to"),
    "_index": ("integer", "Số thứ tự dòng", "Row number among its siblings"),
    "_parent_index": ("text", "Số thứ tự dòng lặp cha (a.b)", "Index path of the parent row"),
}
SYSTEM_COLUMNS = tuple(SYSTEM)
# System columns a workbook may lack: added after format 1 was released (a reader of format 1
# refuses a filled one as COLUMN_UNKNOWN rather than dropping it, so it misreads nothing).
OPTIONAL_COLUMNS = frozenset({"_merged_into"})
REPEAT_COLUMNS = tuple(REPEAT_SYSTEM)


def sheet_name(form_id: str, repeat: str | None = None) -> str:
    """`form_id` or `form_id.repeat`, cut to Excel's 31 characters with a stable suffix."""
    wanted = form_id if repeat is None else f"{form_id}.{repeat}"
    clean = wanted.translate(_FORBIDDEN).strip("'")
    if clean == wanted and len(clean) <= SHEET_NAME_LIMIT and clean.lower() not in _RESERVED:
        return clean
    suffix = "~" + hashlib.sha256(wanted.encode("utf-8")).hexdigest()[:6]
    return clean[:SHEET_NAME_LIMIT - len(suffix)] + suffix


def part_name(name: str, part: int) -> str:
    """The name of part `part` (1, 2, …) of a data sheet: its own name, then `name~2`, `name~3`.
    A name too long for that keeps a stable digest of itself before the number, so two sheets
    alike in their first characters do not share part names; "~" is in no form id or repeat
    name, so no part is named like another form's sheet."""
    if part == 1:
        return name
    suffix = f"~{part}"
    if len(name) + len(suffix) <= SHEET_NAME_LIMIT:
        return name + suffix
    suffix = "~" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:6] + suffix
    return name[:SHEET_NAME_LIMIT - len(suffix)] + suffix


def sheet_questions(form: Form, repeat: str | None) -> list[Question]:
    """The value-holding questions of a form that live on the sheet of `repeat` (None: main)."""
    return [q for q in form.questions() if q.holds_value and q.repeat == repeat]


def merged_order(orders: list[list[str]]) -> list[str]:
    """Union of several key orders: the first as is, each missing key after its predecessor."""
    merged = list(orders[0]) if orders else []
    seen = set(merged)
    for order in orders[1:]:
        for pos, key in enumerate(order):
            if key in seen:
                continue
            before = order[pos - 1] if pos else None
            at = merged.index(before) + 1 if before in seen else (0 if pos == 0 else len(merged))
            merged.insert(at, key)
            seen.add(key)
    return merged


@dataclass(frozen=True)
class SheetLayout:
    """One data sheet: which form (all its versions) and repeat it holds, and its columns."""

    name: str
    form_id: str
    repeat: str | None
    versions: tuple[str, ...]        # newest first
    columns: tuple[str, ...]         # every column key, system columns first

    @property
    def system(self) -> tuple[str, ...]:
        return SYSTEM_COLUMNS if self.repeat is None else REPEAT_COLUMNS


def layouts(forms: Mapping[FormKey, Form]) -> list[SheetLayout]:
    """Every data sheet for these forms: per form id its main sheet, then one per repeat."""
    by_id: dict[str, list[Form]] = {}
    for (form_id, version), form in forms.items():
        by_id.setdefault(form_id, []).append(form)
    sheets = []
    for form_id in sorted(by_id):
        versions = sorted(by_id[form_id], key=lambda f: version_order(f.version), reverse=True)
        names = tuple(f.version for f in versions)
        repeats = merged_order([[g.key for g in f.repeats()] for f in versions])
        for repeat in [None, *repeats]:
            keys = merged_order([[q.key for q in sheet_questions(f, repeat)] for f in versions])
            system = SYSTEM_COLUMNS if repeat is None else REPEAT_COLUMNS
            sheets.append(SheetLayout(sheet_name(form_id, repeat), form_id, repeat, names,
                                      system + tuple(keys)))
    return sheets


def _choices_text(form: Form, question: Question) -> str:
    return "; ".join(f"{c.name} = {form.text(c.labels)}" for c in question.choices)


def dictionary_rows(layout: SheetLayout, forms: Mapping[FormKey, Form]) -> Iterator[tuple[str, ...]]:
    """One row per column of a sheet: sheet, key, label vi, label en, type, choices."""
    versions = [forms[(layout.form_id, v)] for v in layout.versions]
    system = SYSTEM if layout.repeat is None else REPEAT_SYSTEM
    newest: dict[str, tuple[Form, Question]] = {}
    for form in versions:
        for q in sheet_questions(form, layout.repeat):
            newest.setdefault(q.key, (form, q))
    for key in layout.columns:
        if key in system:
            kind, vi, en = system[key]
            yield layout.name, key, vi, en, kind, ""
            continue
        form, q = newest[key]
        vi, en = (match_language(code, list(form.languages)) for code in ("vi", "en"))
        label_vi = q.labels.get(vi, "") if vi else form.text(q.labels)
        label_en = q.labels.get(en, "") if en else ""
        kind = q.type + (" or_other" if q.or_other else "")
        yield layout.name, key, label_vi, label_en, kind, _choices_text(form, q)
