"""Write the indicator definitions of the consolidated report, forms/indicators.xlsx, from the
table below (the indicators and targets of ../shared/SURVEYS.md, Plan 263/KH-UBND).

Usage: .venv/bin/python scripts/build_indicators.py [OUT_DIR]   (default: forms/)

An analyst edits the written workbook in Excel the way they edit an XLSForm: one row per
indicator on sheet `indicators`; sheet `huong_dan` explains the columns. `surveyor form check
forms/indicators.xlsx` checks it; surveyor/core/report/indicators.py reads it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FORMS = Path(__file__).resolve().parent.parent / "forms"
COLUMNS = ["name", "label::vi", "label::en", "form", "numerator", "denominator", "measure",
           "grouping", "key", "target", "year", "direction", "unit::vi", "unit::en"]
WIDTHS = [30, 60, 60, 18, 60, 60, 10, 10, 40, 10, 8, 10, 14, 14]

KCN_CCN = "${vi_tri} = 'kcn' or ${vi_tri} = 'ccn'"
CRAFT_VILLAGE = "${vi_tri} = 'lang_nghe'"
GUIDED_OR_APPLIES = "${duoc_huong_dan} = 'yes' or ${ap_dung_sxsh} = 'yes' or ${ap_dung_sxsh} = 'partly'"
INFORMED = "${duoc_huong_dan} = 'yes'"
FOUR_SECTORS = "selected('det_may do_uong thep nhua', ${nganh})"
MARKET = "if(${ten_cho} = 'other', ${ten_cho_khac}, ${ten_cho})"


def row(name: str, vi: str, en: str, form: str, numerator: str, denominator: str = "", *,
        measure: str = "percent", grouping: str = "ward", key: str = "", target: object = None,
        year: int | None = None, direction: str = "", unit: tuple[str, str] = ("", "")) -> dict:
    return {"name": name, "label::vi": vi, "label::en": en, "form": form,
            "numerator": numerator, "denominator": denominator, "measure": measure,
            "grouping": grouping, "key": key, "target": target, "year": year,
            "direction": direction, "unit::vi": unit[0], "unit::en": unit[1]}


INDICATORS = [
    row("kcn_ccn_huong_dan_ap_dung",
        "Cơ sở trong KCN, CCN được hướng dẫn hoặc áp dụng sản xuất bền vững",
        "Establishments in industrial zones and clusters guided on or applying sustainable "
        "production", "co_so_san_xuat", GUIDED_OR_APPLIES, KCN_CCN,
        target=85, year=2024, direction="at_least"),
    row("kcn_ccn_duoc_thong_tin",
        "Cơ sở trong KCN, CCN được thông tin về sản xuất và tiêu dùng bền vững",
        "Establishments in industrial zones and clusters informed about sustainable production "
        "and consumption", "co_so_san_xuat", INFORMED, KCN_CCN,
        target=100, year=2025, direction="at_least"),
    row("lang_nghe_huong_dan_ap_dung",
        "Cơ sở tại làng nghề được hướng dẫn hoặc áp dụng sản xuất bền vững",
        "Craft-village establishments guided on or applying sustainable production",
        "co_so_san_xuat", GUIDED_OR_APPLIES, CRAFT_VILLAGE,
        target=65, year=2024, direction="at_least"),
    row("lang_nghe_duoc_thong_tin",
        "Làng nghề được thông tin (mọi cơ sở được khảo sát của làng đã được thông tin)",
        "Craft villages informed (every surveyed establishment of the village was informed)",
        "co_so_san_xuat", INFORMED, CRAFT_VILLAGE, grouping="market", key="${ten_lang_nghe}",
        target=70, year=2025, direction="at_least"),
    row("danh_gia_sxsh", "Cơ sở đã được đánh giá sản xuất sạch hơn",
        "Establishments that had a cleaner-production assessment", "co_so_san_xuat",
        "${danh_gia_sxsh} = 'yes'", measure="count", grouping="city", target=30, year=2024,
        direction="at_least", unit=("cơ sở", "establishments")),
    row("thay_doi_tieu_hao",
        "Thay đổi tiêu hao nguyên liệu, nhiên liệu trên một đơn vị sản phẩm (dệt may, đồ uống, "
        "thép, nhựa; trung bình các dòng)",
        "Change in raw material and fuel used per unit of output (textiles, beverages, steel, "
        "plastics; mean of the rows)", "co_so_san_xuat", "sum(${thay_doi_dinh_muc})",
        f"if({FOUR_SECTORS}, count-non-empty(${{thay_doi_dinh_muc}}), 0)", measure="mean",
        grouping="sector", key="${nganh}", target="-8 – -5", year=2025, direction="at_most",
        unit=("%", "%")),
    row("co_nhan_sinh_thai", "Cơ sở có ít nhất một nhãn sinh thái, chứng nhận",
        "Establishments holding at least one eco-label or certificate", "co_so_san_xuat",
        "count-selected(${nhan_sinh_thai}) > 0 and not(selected(${nhan_sinh_thai}, 'none'))",
        "${nhan_sinh_thai} != ''"),
    row("sieu_thi_khong_tui_nilon",
        "Siêu thị, trung tâm thương mại không dùng túi nilon khó phân hủy",
        "Supermarkets and shopping centres free of hard-to-decompose nylon bags", "sieu_thi_ttm",
        "${dung_tui_kho_phan_huy} = 'no'", "${dung_tui_kho_phan_huy} != ''",
        target=100, direction="at_least"),
    row("cho_khong_tui_nilon",
        "Chợ truyền thống không dùng túi nilon khó phân hủy (không tiểu thương nào được khảo "
        "sát còn dùng)",
        "Traditional markets free of hard-to-decompose nylon bags (none of the surveyed vendors "
        "uses them)", "tieu_thuong_cho", "not(selected(${loai_tui}, 'nilon_kho_phan_huy'))",
        "${loai_tui} != ''", grouping="market", key=MARKET, target="70-80",
        direction="at_least"),
    row("tieu_thuong_biet_cuoc_van_dong",
        "Tiểu thương biết cuộc vận động hạn chế túi nilon khó phân hủy",
        "Vendors aware of the campaign against hard-to-decompose nylon bags", "tieu_thuong_cho",
        "${biet_cuoc_van_dong} = 'yes'", "${biet_cuoc_van_dong} != ''"),
    row("so_tui_binh_quan", "Số túi nilon bình quân một tiểu thương phát mỗi ngày",
        "Average bags a vendor hands out per day", "tieu_thuong_cho", "${so_tui_ngay}",
        "count-non-empty(${so_tui_ngay})", measure="mean", unit=("túi/ngày", "bags a day")),
    row("so_phieu", "Số phiếu hoàn thành (mọi biểu mẫu)", "Complete responses (every form)",
        "*", "1", measure="count", unit=("phiếu", "responses")),
]

GUIDE = [
    ("name", "Tên chỉ tiêu: chữ thường không dấu, số, gạch dưới; không trùng",
     "Indicator name: lower-case ASCII letters, digits, underscores; unique"),
    ("label::vi, label::en", "Tên hiển thị trong báo cáo, tiếng Việt và tiếng Anh",
     "What the report calls it, in Vietnamese and English"),
    ("form", "Mã biểu mẫu (form_id) tính chỉ tiêu; * là mọi biểu mẫu",
     "The form (form_id) it is computed from; * for every form"),
    ("numerator, denominator",
     ("Biểu thức XLSForm trên câu trả lời của một phiếu (đúng = 1, sai = 0). Tử số chỉ tính "
     "cho phiếu có mẫu số khác 0. Chỉ phiếu hoàn thành, chưa xoá được tính"),
     ("XLSForm expressions over one response's answers (true = 1, false = 0). The numerator "
     "counts only where the denominator is not 0. Only complete responses that are not "
     "deleted count")),
    ("measure", ("percent: 100 × tổng tử số / tổng mẫu số; mean: tổng tử số / tổng mẫu số; "
     "count: tổng tử số"), ("percent: 100 × sum of numerators / sum of denominators; mean: "
     "their ratio; count: the sum of numerators")),
    ("grouping", ("ward: toàn thành phố và từng phường, xã; city: mục tiêu chỉ áp dụng toàn "
     "thành phố; sector: thêm từng ngành (key); market: đếm theo chợ (hoặc nơi khác, key): một "
     "chợ đạt khi mọi phiếu của chợ đạt"),
     ("ward: city-wide and per ward; city: the target applies city-wide only; sector: also "
     "per sector (key); market: counted per market (or other place, key): a market counts "
     "when every response of it counts")),
    ("key", "Biểu thức cho ngành (sector) hoặc chợ, làng nghề (market)",
     "Expression naming the sector (sector) or the market or village (market)"),
    ("target", "Mục tiêu: một số (85) hoặc một khoảng (70-80); để trống: chỉ báo cáo",
     "Target: a number (85) or a range (70-80); empty: reported only"),
    ("year", "Năm của mục tiêu", "The target's year"),
    ("direction", ("at_least: đạt khi ≥ mục tiêu (cận dưới); at_most: khi ≤ (cận trên); "
     "within: khi nằm trong khoảng"), ("at_least: met when ≥ the target (its low end); "
     "at_most: when ≤ (its high end); within: when inside the range")),
    ("unit::vi, unit::en", "Đơn vị hiển thị (percent: %)", "Unit shown (percent: %)"),
]


def write_sheet(book: Workbook, title: str, header: list[str], rows: list[list]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS[:len(header)]):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def build(out_dir: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    write_sheet(book, "indicators", COLUMNS,
                [[item[c] if item[c] not in ("", None) else None for c in COLUMNS]
                 for item in INDICATORS])
    write_sheet(book, "huong_dan", ["column", "Tiếng Việt", "English"], [list(g) for g in GUIDE])
    path = out_dir / "indicators.xlsx"
    book.save(path)
    return path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else FORMS
    out_dir.mkdir(parents=True, exist_ok=True)
    print(build(out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
