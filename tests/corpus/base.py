"""The real exports the corpus starts from: a field store filled by `jobs.demo` and exported
by `jobs.export_file`, and the stores of the cases that must import exactly."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.zips import Book
from surveyor.core import jobs
from surveyor.core.store import Store

MAIN, REPEAT, SHOP, MARKET = ("co_so_san_xuat", "co_so_san_xuat.nguyen_lieu", "sieu_thi_ttm",
                              "tieu_thuong_cho")
PASSWORD = "Sở Công Thương 2026!"
ODD_SHEET = "Nguyên liệu & <vật tư> 'năm' #1 😀"
TRICKY_TEXT = "NUL\x00 SOH\x01 ESC\x1b DEL\x7f NEL\x85 LS\u2028 CR\r LF\n TAB\t _x0041_ end"
OTHER_FORM = """
| survey |
|        | type | name | label::Tiếng Việt (vi) |
|        | text | ten  | Tên cơ sở              |
| settings |
|          | form_id            | version |
|          | khao_sat_nuoc_thai | 2026    |
"""


@dataclass
class Base:
    """The real exports the cases start from."""

    forms: dict
    folder: Path
    field: Path                 # the inspector's store (demo data)
    trip: Path                  # its export
    stores: dict = field(default_factory=dict)     # source name -> store
    books: dict = field(default_factory=dict)      # source name -> its export

    def book(self) -> Book:
        return Book(self.trip)


def million_rows(first: int) -> str:
    """Rows `first` to 1,048,576: a number in column A each."""
    return "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(first, 1_048_577))


def make_base(folder: Path) -> Base:
    """The field store, its export, and the stores of the cases that must import exactly."""
    folder.mkdir(parents=True, exist_ok=True)
    forms = jobs.catalog().forms
    field_db, trip = folder / "field.sqlite", folder / "chuyen-di.xlsx"
    jobs.demo(field_db, forms, responses=8, seed=8)   # 5 + 2 + 1 responses
    jobs.export_file(field_db, trip, forms)
    base = Base(forms, folder, field_db, trip, {"trip": field_db}, {"trip": trip})
    _special(base, "text", {"ghi_chu": TRICKY_TEXT, "ten_co_so": "Cơ sở\x00\x07\x1f"})
    _special(base, "dates", {"today": "1900-01-01", "start": "9999-12-31T23:59:59",
                             "end": "1900-02-28T12:00:00"}, {"today": "9999-12-31",
                                                             "end": "1900-03-01T00:00:00"})
    return base


def _special(base: Base, name: str, *changes: dict) -> None:
    """A store of a few demo responses, some answers set to `changes`, and its export."""
    db, book = base.folder / f"{name}.sqlite", base.folder / f"{name}.xlsx"
    jobs.demo(db, base.forms, responses=4, seed=11)
    with Store(db) as store:
        people = sorted((r for r in store.responses() if r.form_id == MAIN), key=lambda r: r.uuid)
        for response, change in zip(people, changes):
            store.save(replace(response, answers={**response.answers, **change}), who="thử")
    jobs.export_file(db, book, base.forms)
    base.stores[name], base.books[name] = db, book


