"""Refresh the ward list (`phuong_xa`) of XLSForms from the vietnam-provinces package.

Usage: .venv/bin/python scripts/update_wards.py [FORM.xlsx ...]   (default: forms/*.xlsx)

Only the rows of list `phuong_xa` on the choices sheet are replaced, in place; everything else a
person edited in the workbook is kept. build_forms.py uses ward_choices() for new workbooks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook
from vietnam_provinces import ProvinceCode, Ward

LIST_NAME = "phuong_xa"
FORMS = Path(__file__).resolve().parent.parent / "forms"
LABEL_VI, LABEL_EN = "label::Tiếng Việt (vi)", "label::English (en)"


def ward_choices() -> list[dict[str, str]]:
    """Hà Nội's current wards and communes, in the package's (official) order, as choice rows."""
    return [
        {"list_name": LIST_NAME, "name": w.codename, LABEL_VI: w.name, LABEL_EN: w.name,
         "ma": f"{w.code.value:05d}"}
        for w in Ward.iter_by_province(ProvinceCode.P_01)
    ]


def replace_wards(path: Path) -> int:
    """Rewrite the `phuong_xa` rows of one workbook's choices sheet; return how many it holds."""
    book = load_workbook(path)
    sheet = book["choices"]
    header = [cell.value for cell in sheet[1]]
    for column in ("list_name", "name", LABEL_VI, LABEL_EN, "ma"):
        if column not in header:
            header.append(column)
            sheet.cell(row=1, column=len(header), value=column)
    list_col = header.index("list_name") + 1
    rows = [r for r in range(2, sheet.max_row + 1)
            if sheet.cell(row=r, column=list_col).value == LIST_NAME]
    at = rows[0] if rows else sheet.max_row + 1
    for r in reversed(rows):
        sheet.delete_rows(r)
    wards = ward_choices()
    sheet.insert_rows(at, amount=len(wards))
    for offset, ward in enumerate(wards):
        for key, value in ward.items():
            sheet.cell(row=at + offset, column=header.index(key) + 1, value=value)
    book.save(path)
    return len(wards)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(FORMS.glob("*.xlsx"))
    for path in paths:
        print(f"{path}: {replace_wards(path)} wards")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
