"""Write the three bundled XLSForms (forms/*.xlsx) from the tables below.

Usage: .venv/bin/python scripts/build_forms.py [OUT_DIR]   (default: forms/)

The ward list comes from the vietnam-provinces package (update_wards.ward_choices); to refresh
only the wards of forms someone has edited in Excel, run scripts/update_wards.py instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from update_wards import FORMS, LABEL_EN, LABEL_VI, ward_choices

VERSION = "2026112401"
VI, EN = "Tiếng Việt (vi)", "English (en)"
SURVEY_COLUMNS = [
    "type", "name", LABEL_VI, LABEL_EN, f"hint::{VI}", f"hint::{EN}", "required", "relevant",
    "constraint", f"constraint_message::{VI}", f"constraint_message::{EN}", "calculation",
    "choice_filter", "appearance", "default", "read_only", "parameters",
]
CHOICE_COLUMNS = ["list_name", "name", LABEL_VI, LABEL_EN, "ma"]

TAX_CODE = r"regex(., '^[0-9]{10}(-?[0-9]{3})?$')"
TAX_CODE_MSG = (
    "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số kèm 3 chữ số chi nhánh (có thể có dấu gạch ngang)",
    "A tax code has 10 digits, or 10 digits plus a 3-digit branch number (a hyphen is allowed)")
PHONE = r"regex(., '^(0|[+]84)[0-9]{9,10}$')"
NOT_NEGATIVE = ". >= 0"
UP_TO_THIS_YEAR = ". >= 2000 and . <= int(format-date(today(), '%Y'))"
NEGATIVE_MSG = ("Không được âm", "Cannot be negative")


def q(type_: str, name: str, vi: str = "", en: str = "", *, hint: tuple[str, str] = ("", ""),
      msg: tuple[str, str] = ("", ""), **columns: str) -> dict[str, str]:
    """One survey row: labels, hint and constraint message in (vi, en), other columns by name."""
    row = {"type": type_, "name": name, LABEL_VI: vi, LABEL_EN: en,
           f"hint::{VI}": hint[0], f"hint::{EN}": hint[1],
           f"constraint_message::{VI}": msg[0], f"constraint_message::{EN}": msg[1]}
    row.update(columns)
    return row


def other_text(name: str, select: str, multiple: bool = False) -> dict[str, str]:
    """The 'please specify' text shown when choice 'other' of `select` is picked."""
    test = f"selected(${{{select}}}, 'other')" if multiple else f"${{{select}}} = 'other'"
    return q("text", name, "Khác (ghi rõ)", "Other (please specify)", required="yes",
             relevant=test)


def begin(kind: str, name: str, vi: str, en: str, **columns: str) -> dict[str, str]:
    return q(f"begin {kind}", name, vi, en, **columns)


def end(kind: str) -> dict[str, str]:
    return {"type": f"end {kind}"}


META = [
    q("start", "start", "Thời điểm bắt đầu", "Started at"),
    q("end", "end", "Thời điểm kết thúc", "Finished at"),
    q("today", "today", "Ngày khảo sát", "Survey date"),
    q("deviceid", "deviceid", "Mã thiết bị", "Device ID"),
    q("username", "inspector", "Cán bộ khảo sát", "Inspector"),
]

WARD = q("select_one phuong_xa", "phuong_xa", "Phường, xã", "Ward or commune", required="yes",
         appearance="autocomplete",
         hint=("Danh mục 126 phường, xã của Hà Nội (từ 01/7/2025); gõ vài chữ để tìm",
               "Hà Nội's 126 wards and communes (since 1 July 2025); type a few letters to search"))

PHONE_ROW = q(
    "text", "dien_thoai", "Số điện thoại liên hệ", "Contact phone number", constraint=PHONE,
    hint=("Viết liền, ví dụ 0912345678 hoặc 02438251234",
          "No spaces, e.g. 0912345678 or 02438251234"),
    msg=("Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84, viết liền",
         "A phone number has 10 or 11 digits and starts with 0 or +84, without spaces"))

RESPONDENT = [
    q("text", "nguoi_tra_loi", "Họ và tên người trả lời", "Respondent's full name"),
    q("text", "chuc_vu", "Chức vụ người trả lời", "Respondent's position"),
    PHONE_ROW,
]

NOTES = q("text", "ghi_chu", "Ghi chú của cán bộ khảo sát", "Inspector's notes",
          appearance="multiline")

APPLIES = "${ap_dung_sxsh} = 'yes' or ${ap_dung_sxsh} = 'partly'"
HAS_LABEL = "count-selected(${nhan_sinh_thai}) > 0 and not(selected(${nhan_sinh_thai}, 'none'))"
PER_UNIT = "if(${{{out}}} > 0, ${{{used}}} div ${{{out}}}, '')"
CHANGE = ("if(${dinh_muc_nam_truoc} > 0 and ${san_luong_nam_nay} > 0, "
          "round((${dinh_muc_nam_nay} - ${dinh_muc_nam_truoc}) div ${dinh_muc_nam_truoc} * 100, 1),"
          " '')")

CO_SO_SAN_XUAT = META + [
    begin("group", "thong_tin_co_so", "I. Thông tin chung về cơ sở", "I. The establishment"),
    q("text", "ten_co_so", "Tên cơ sở sản xuất", "Name of the establishment", required="yes",
      hint=("Tên đầy đủ theo giấy đăng ký kinh doanh",
            "Full name as on the business registration certificate")),
    q("select_one loai_hinh", "loai_hinh", "Loại hình cơ sở", "Kind of establishment",
      required="yes"),
    other_text("loai_hinh_khac", "loai_hinh"),
    q("text", "ma_so_thue", "Mã số thuế", "Tax code", constraint=TAX_CODE,
      required="${loai_hinh} != 'ho_kinh_doanh'",
      hint=("10 chữ số; chi nhánh: 10 chữ số, dấu gạch ngang và 3 chữ số (ví dụ 0101234567-001)",
            "10 digits; for a branch, 10 digits, a hyphen and 3 digits (e.g. 0101234567-001)"),
      msg=TAX_CODE_MSG),
    WARD,
    q("text", "dia_chi", "Địa chỉ (số nhà, đường phố hoặc thôn, xóm)",
      "Address (house number and street, or hamlet)"),
    q("select_one vi_tri", "vi_tri", "Vị trí của cơ sở", "Where the establishment is",
      required="yes"),
    q("text", "ten_kcn", "Tên khu công nghiệp", "Name of the industrial zone", required="yes",
      relevant="${vi_tri} = 'kcn'",
      hint=("Ví dụ: KCN Thăng Long, KCN Quang Minh", "e.g. Thăng Long IZ, Quang Minh IZ")),
    q("text", "ten_ccn", "Tên cụm công nghiệp", "Name of the industrial cluster", required="yes",
      relevant="${vi_tri} = 'ccn'",
      hint=("Ví dụ: CCN Ngọc Hồi, CCN Phùng", "e.g. Ngọc Hồi cluster, Phùng cluster")),
    q("text", "ten_lang_nghe", "Tên làng nghề", "Name of the craft village", required="yes",
      relevant="${vi_tri} = 'lang_nghe'",
      hint=("Ví dụ: làng gốm Bát Tràng, làng lụa Vạn Phúc",
            "e.g. Bát Tràng pottery village, Vạn Phúc silk village")),
    q("select_one nganh", "nganh", "Ngành sản xuất chính", "Main sector", required="yes"),
    other_text("nganh_khac", "nganh"),
    q("integer", "so_lao_dong", "Số lao động (người)", "Number of workers",
      constraint=NOT_NEGATIVE, msg=("Số lao động không được âm", "Cannot be negative")),
    *RESPONDENT,
    end("group"),

    begin("group", "san_xuat_ben_vung", "II. Sản xuất bền vững", "II. Sustainable production"),
    q("select_one yes_no", "duoc_huong_dan",
      "Cơ sở đã được hướng dẫn, phổ biến về sản xuất và tiêu dùng bền vững chưa?",
      "Has the establishment been guided on or informed about sustainable production and "
      "consumption?", required="yes"),
    q("select_multiple don_vi_huong_dan", "don_vi_huong_dan", "Đơn vị hướng dẫn, phổ biến",
      "Guided or informed by", required="yes", relevant="${duoc_huong_dan} = 'yes'"),
    other_text("don_vi_huong_dan_khac", "don_vi_huong_dan", multiple=True),
    q("select_one muc_do", "ap_dung_sxsh", "Cơ sở có áp dụng sản xuất sạch hơn không?",
      "Does the establishment apply cleaner production?", required="yes"),
    q("select_multiple bien_phap", "bien_phap_sxsh", "Các giải pháp sản xuất sạch hơn đang áp dụng",
      "Cleaner-production measures applied", required="yes", relevant=APPLIES),
    other_text("bien_phap_sxsh_khac", "bien_phap_sxsh", multiple=True),
    q("select_one yes_no", "danh_gia_sxsh", "Cơ sở đã được đánh giá sản xuất sạch hơn chưa?",
      "Has the establishment had a cleaner-production assessment?", required="yes"),
    q("integer", "nam_danh_gia", "Năm đánh giá", "Year of the assessment", required="yes",
      relevant="${danh_gia_sxsh} = 'yes'", constraint=UP_TO_THIS_YEAR,
      msg=("Năm đánh giá từ 2000 đến năm nay", "A year from 2000 to this year")),
    q("select_one yes_no", "doi_moi_cong_nghe",
      "Cơ sở đã đổi mới thiết bị, công nghệ theo hướng công nghệ sạch chưa?",
      "Has the establishment renewed its equipment or technology towards clean technology?"),
    end("group"),

    begin("repeat", "nguyen_lieu", "III. Nguyên liệu, nhiên liệu và năng lượng chính",
          "III. Main raw materials, fuels and energy"),
    q("text", "ten_nguyen_lieu", "Tên nguyên liệu, nhiên liệu hoặc năng lượng",
      "Raw material, fuel or energy", required="yes",
      hint=("Mỗi dòng một loại chính, ví dụ: sợi bông, điện, than đá, nước, hạt nhựa",
            "One row per main item, e.g. cotton yarn, electricity, coal, water, plastic pellets")),
    q("select_one don_vi", "don_vi", "Đơn vị tính", "Unit", required="yes"),
    other_text("don_vi_khac", "don_vi"),
    q("decimal", "sl_nam_truoc", "Lượng sử dụng năm trước", "Quantity used last year",
      required="yes", constraint=NOT_NEGATIVE, msg=NEGATIVE_MSG),
    q("decimal", "sl_nam_nay", "Lượng sử dụng năm nay (ước cả năm)",
      "Quantity used this year (full-year estimate)", required="yes", constraint=NOT_NEGATIVE,
      msg=NEGATIVE_MSG),
    q("decimal", "san_luong_nam_truoc", "Sản lượng sản phẩm năm trước", "Output last year",
      required="yes", constraint=NOT_NEGATIVE, msg=NEGATIVE_MSG),
    q("decimal", "san_luong_nam_nay", "Sản lượng sản phẩm năm nay (ước cả năm)",
      "Output this year (full-year estimate)", required="yes", constraint=NOT_NEGATIVE,
      msg=NEGATIVE_MSG),
    q("text", "don_vi_san_pham", "Đơn vị tính của sản lượng", "Unit of output", required="yes",
      hint=("Ví dụ: tấn, nghìn mét vải, nghìn lít, nghìn sản phẩm",
            "e.g. tonnes, thousand metres of fabric, thousand litres, thousand items")),
    q("calculate", "dinh_muc_nam_truoc", "Tiêu hao trên một đơn vị sản phẩm, năm trước",
      "Use per unit of output, last year",
      calculation=PER_UNIT.format(used="sl_nam_truoc", out="san_luong_nam_truoc")),
    q("calculate", "dinh_muc_nam_nay", "Tiêu hao trên một đơn vị sản phẩm, năm nay",
      "Use per unit of output, this year",
      calculation=PER_UNIT.format(used="sl_nam_nay", out="san_luong_nam_nay")),
    q("calculate", "thay_doi_dinh_muc", "Thay đổi tiêu hao trên một đơn vị sản phẩm (%)",
      "Change in use per unit of output (%)", calculation=CHANGE),
    q("note", "ket_qua_dinh_muc",
      "Tiêu hao trên một đơn vị sản phẩm thay đổi ${thay_doi_dinh_muc}% so với năm trước "
      "(mục tiêu: giảm 5–8%)",
      "Use per unit of output changed by ${thay_doi_dinh_muc}% from last year "
      "(target: 5–8% less)", relevant="${thay_doi_dinh_muc} != ''"),
    end("repeat"),

    begin("group", "san_pham_bao_bi", "IV. Sản phẩm và bao bì", "IV. Products and packaging"),
    q("select_multiple nhan", "nhan_sinh_thai", "Nhãn sinh thái, chứng nhận cơ sở đang có",
      "Eco-labels and certificates held", required="yes",
      constraint="not(selected(., 'none') and count-selected(.) > 1)",
      msg=("«Chưa có» không chọn cùng các nhãn khác", "“None” cannot go with other labels")),
    q("select_one sao_ocop", "hang_sao_ocop", "Hạng sao OCOP cao nhất", "Highest OCOP rating",
      required="yes", relevant="selected(${nhan_sinh_thai}, 'ocop')"),
    q("integer", "so_san_pham_nhan", "Số sản phẩm được gắn nhãn, chứng nhận",
      "Number of labelled or certified products", relevant=HAS_LABEL, constraint=NOT_NEGATIVE,
      msg=NEGATIVE_MSG),
    q("select_multiple bao_bi", "bao_bi", "Loại bao bì sản phẩm đang dùng", "Packaging used"),
    q("select_one yes_no", "chuoi_lien_ket",
      "Cơ sở có tham gia mạng lưới liên kết chuỗi cung ứng sản phẩm bền vững không?",
      "Is the establishment a member of a sustainable supply-chain linkage network?"),
    q("select_one yes_no", "truy_xuat_nguon_goc",
      "Cơ sở có tham gia hệ thống truy xuất nguồn gốc sản phẩm không?",
      "Does the establishment take part in a product traceability system?"),
    end("group"),

    begin("group", "ghi_chu_chung", "V. Ghi chú", "V. Notes"),
    NOTES,
    q("image", "anh_co_so", "Ảnh chụp cơ sở (không bắt buộc)",
      "Photo of the establishment (optional)", parameters="max-pixels=1600"),
    q("geopoint", "toa_do", "Tọa độ (không bắt buộc)", "Coordinates (optional)",
      hint=("Vĩ độ và kinh độ, ví dụ 21.0285 105.8542",
            "Latitude and longitude, e.g. 21.0285 105.8542")),
    end("group"),
]

TIEU_THUONG_CHO = META + [
    begin("group", "thong_tin_cho", "I. Chợ và tiểu thương", "I. Market and vendor"),
    q("select_one cho", "ten_cho", "Tên chợ", "Market", required="yes", appearance="minimal"),
    other_text("ten_cho_khac", "ten_cho"),
    q("select_one hang_cho", "hang_cho", "Hạng chợ", "Market class", required="yes"),
    WARD,
    q("text", "ten_co_so", "Tên hộ kinh doanh hoặc tên quầy, sạp",
      "Vendor's business or stall name",
      required="yes", hint=("Ví dụ: Quầy rau bà Lan", "e.g. Mrs Lan's vegetable stall")),
    q("text", "so_quay", "Số quầy, sạp", "Stall number"),
    q("select_multiple mat_hang", "mat_hang", "Nhóm hàng kinh doanh chính", "Main goods sold",
      required="yes"),
    other_text("mat_hang_khac", "mat_hang", multiple=True),
    PHONE_ROW,
    end("group"),

    begin("group", "tui_nilon", "II. Sử dụng túi nilon", "II. Use of nylon bags"),
    q("integer", "so_tui_ngay", "Số túi nilon phát cho khách trung bình mỗi ngày (chiếc)",
      "Bags handed to customers per day, on average", required="yes", constraint=NOT_NEGATIVE,
      msg=NEGATIVE_MSG),
    q("select_multiple loai_tui", "loai_tui", "Loại túi, vật liệu gói hàng đang dùng",
      "Kinds of bags and wrapping used", required="yes"),
    q("integer", "chi_phi_tui_thang", "Chi phí mua túi mỗi tháng (đồng)",
      "Monthly cost of bags (VND)", constraint=NOT_NEGATIVE,
      msg=NEGATIVE_MSG),
    q("select_one yes_no", "biet_cuoc_van_dong",
      "Anh/chị có biết cuộc vận động hạn chế túi nilon khó phân hủy không?",
      "Are you aware of the campaign against hard-to-decompose nylon bags?", required="yes"),
    q("select_one san_sang", "san_sang_chuyen_doi",
      "Anh/chị có sẵn sàng chuyển sang túi thân thiện với môi trường không?",
      "Are you ready to switch to environmentally friendly bags?", required="yes"),
    q("select_multiple ly_do", "ly_do_chua_chuyen", "Vì sao chưa sẵn sàng chuyển đổi?",
      "Why not?", required="yes", relevant="${san_sang_chuyen_doi} = 'no'"),
    other_text("ly_do_khac", "ly_do_chua_chuyen", multiple=True),
    q("select_one yes_no", "ban_sp_sinh_thai",
      "Quầy có bán sản phẩm có nhãn sinh thái hoặc sản phẩm hữu cơ không?",
      "Does the stall sell eco-labelled or organic products?", required="yes"),
    end("group"),
    NOTES,
]

SIEU_THI_TTM = META + [
    begin("group", "thong_tin_chung", "I. Thông tin chung", "I. General information"),
    q("text", "ten_co_so", "Tên siêu thị, trung tâm thương mại hoặc cửa hàng",
      "Name of the supermarket, shopping centre or store", required="yes",
      hint=("Ví dụ: Siêu thị WinMart Royal City", "e.g. WinMart Royal City supermarket")),
    q("select_one loai_hinh_st", "loai_hinh", "Loại hình", "Kind", required="yes"),
    q("text", "he_thong", "Thuộc hệ thống, chuỗi (nếu có)", "Chain it belongs to (if any)",
      hint=("Ví dụ: WinMart, Co.opmart, AEON, Circle K",
            "e.g. WinMart, Co.opmart, AEON, Circle K")),
    WARD,
    q("text", "dia_chi", "Địa chỉ", "Address"),
    *RESPONDENT,
    end("group"),

    begin("group", "tui_va_san_pham_xanh", "II. Túi nilon và sản phẩm xanh",
          "II. Nylon bags and green products"),
    q("select_one yes_no", "dung_tui_kho_phan_huy",
      "Cơ sở còn cung cấp túi nilon khó phân hủy cho khách hàng không?",
      "Does it still hand out hard-to-decompose nylon bags?", required="yes"),
    q("select_multiple thay_the", "giai_phap_thay_the",
      "Giải pháp thay thế túi nilon khó phân hủy đang áp dụng",
      "What replaces hard-to-decompose nylon bags"),
    other_text("giai_phap_thay_the_khac", "giai_phap_thay_the", multiple=True),
    q("select_one yes_no", "thong_diep_tuyen_truyen",
      "Có trưng bày thông điệp tuyên truyền hạn chế túi nilon, tiêu dùng bền vững không?",
      "Are campaign messages on nylon bags and sustainable consumption on display?",
      required="yes"),
    q("select_one yes_no", "goc_san_pham_xanh",
      "Có góc, khu vực riêng bày bán sản phẩm xanh không?", "Is there a green-products corner?",
      required="yes"),
    q("decimal", "ty_le_san_pham_nhan",
      "Tỷ lệ sản phẩm có nhãn sinh thái trong tổng số mặt hàng (%)",
      "Share of eco-labelled products among all products (%)",
      constraint=". >= 0 and . <= 100", hint=("Ước tính, từ 0 đến 100", "An estimate, 0 to 100"),
      msg=("Tỷ lệ phải từ 0 đến 100", "A share from 0 to 100")),
    q("select_one yes_no", "lien_ket_nha_cung_cap",
      "Có thỏa thuận liên kết với nhà cung cấp sản phẩm thân thiện môi trường không?",
      "Are there linkage agreements with suppliers of environmentally friendly products?",
      required="yes"),
    end("group"),
    NOTES,
]

OTHER = ("other", "Khác", "Other")
CHOICES: dict[str, list[tuple[str, str, str]]] = {
    "yes_no": [("yes", "Có", "Yes"), ("no", "Không", "No")],
    "muc_do": [("yes", "Có", "Yes"), ("partly", "Có, một phần", "Partly"), ("no", "Không", "No")],
    "loai_hinh": [("doanh_nghiep", "Doanh nghiệp", "Enterprise"),
                  ("hop_tac_xa", "Hợp tác xã", "Cooperative"),
                  ("ho_kinh_doanh", "Hộ kinh doanh", "Household business"), OTHER],
    "vi_tri": [("kcn", "Trong khu công nghiệp (KCN)", "In an industrial zone"),
               ("ccn", "Trong cụm công nghiệp (CCN)", "In an industrial cluster"),
               ("lang_nghe", "Tại làng nghề", "In a craft village"),
               ("ngoai", "Ngoài KCN, CCN và làng nghề", "Elsewhere")],
    "nganh": [("det_may", "Dệt may", "Textiles and garments"),
              ("do_uong", "Bia, rượu, nước giải khát", "Beer, alcohol and soft drinks"),
              ("thep", "Thép", "Steel"), ("nhua", "Nhựa", "Plastics"),
              ("gom_su", "Gốm sứ", "Ceramics"),
              ("che_bien_nong_san", "Chế biến nông sản, thực phẩm",
               "Agricultural and food processing"),
              ("giay_bao_bi", "Giấy, bao bì", "Paper and packaging"),
              ("vat_lieu_xay_dung", "Vật liệu xây dựng", "Construction materials"),
              ("thu_cong_my_nghe", "Thủ công mỹ nghệ", "Handicrafts"), OTHER],
    "don_vi_huong_dan": [
        ("so_cong_thuong", "Sở Công Thương Hà Nội", "Hà Nội Department of Industry and Trade"),
        ("ubnd_phuong_xa", "UBND phường, xã", "Ward or commune People's Committee"),
        ("ban_quan_ly_kcn", "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
         "Management Board of hi-tech parks and industrial zones"),
        ("khuyen_cong", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
         "Industrial Promotion and Development Consulting Centre"),
        ("hiep_hoi", "Hiệp hội ngành nghề", "Trade association"), OTHER],
    "bien_phap": [("tiet_kiem_nang_luong", "Tiết kiệm năng lượng", "Energy saving"),
                  ("tiet_kiem_nguyen_lieu", "Tiết kiệm nguyên liệu", "Raw-material saving"),
                  ("tai_su_dung_tai_che", "Tái sử dụng, tái chế chất thải",
                   "Reuse or recycling of waste"),
                  ("cong_nghe_sach", "Áp dụng công nghệ sạch", "Clean technology"),
                  ("xu_ly_chat_thai", "Xử lý nước thải, khí thải",
                   "Wastewater or emission treatment"),
                  ("nang_luong_tai_tao", "Năng lượng tái tạo (điện mặt trời…)",
                   "Renewable energy (solar power…)"), OTHER],
    "don_vi": [("tan", "Tấn", "Tonne"), ("kg", "Kg", "kg"), ("m3", "m³", "m³"),
               ("lit", "Lít", "Litre"), ("kwh", "kWh", "kWh"), ("met", "Mét", "Metre"),
               ("other", "Đơn vị khác", "Other unit")],
    "nhan": [("nhan_xanh_vn", "Nhãn Xanh Việt Nam", "Vietnam Green Label"),
             ("iso_14001", "ISO 14001", "ISO 14001"), ("ocop", "OCOP", "OCOP"),
             ("huu_co", "Chứng nhận hữu cơ", "Organic certification"),
             ("vietgap", "VietGAP", "VietGAP"),
             ("nhan_nang_luong", "Nhãn năng lượng", "Energy label"),
             ("none", "Chưa có", "None")],
    "sao_ocop": [("sao_3", "3 sao", "3 stars"), ("sao_4", "4 sao", "4 stars"),
                 ("sao_5", "5 sao", "5 stars")],
    "bao_bi": [("nhua_dung_mot_lan", "Nhựa dùng một lần", "Single-use plastic"),
               ("giay", "Giấy", "Paper"),
               ("phan_huy_sinh_hoc", "Vật liệu phân hủy sinh học", "Biodegradable material"),
               ("tai_che", "Vật liệu tái chế", "Recycled material"),
               ("tai_su_dung", "Bao bì dùng lại được", "Reusable packaging")],
    "cho": [("cho_dong_xuan", "Chợ Đồng Xuân", "Đồng Xuân Market"),
            ("cho_hom_duc_vien", "Chợ Hôm - Đức Viên", "Hôm - Đức Viên Market"),
            ("cho_hang_da", "Chợ Hàng Da", "Hàng Da Market"),
            ("cho_chau_long", "Chợ Châu Long", "Châu Long Market"),
            ("cho_ngoc_ha", "Chợ Ngọc Hà", "Ngọc Hà Market"),
            ("cho_long_bien", "Chợ Long Biên", "Long Biên Market"),
            ("cho_mo", "Chợ Mơ", "Mơ Market"),
            ("cho_thanh_cong", "Chợ Thành Công", "Thành Công Market"),
            ("cho_nghia_tan", "Chợ Nghĩa Tân", "Nghĩa Tân Market"),
            ("cho_buoi", "Chợ Bưởi", "Bưởi Market"),
            ("cho_kim_lien", "Chợ Kim Liên", "Kim Liên Market"),
            ("cho_ha_dong", "Chợ Hà Đông", "Hà Đông Market"),
            ("other", "Chợ khác", "Other market")],
    "hang_cho": [("hang_1", "Chợ hạng 1", "Class 1"), ("hang_2", "Chợ hạng 2", "Class 2"),
                 ("hang_3", "Chợ hạng 3", "Class 3")],
    "mat_hang": [("thuc_pham_tuoi_song", "Thực phẩm tươi sống", "Fresh food"),
                 ("rau_cu_qua", "Rau, củ, quả", "Vegetables and fruit"),
                 ("hang_kho", "Hàng khô", "Dry goods"),
                 ("quan_ao", "Quần áo, vải vóc", "Clothing and fabric"),
                 ("do_gia_dung", "Đồ gia dụng", "Household goods"), OTHER],
    "loai_tui": [("nilon_kho_phan_huy", "Túi nilon khó phân hủy", "Hard-to-decompose nylon bags"),
                 ("tui_phan_huy_sinh_hoc", "Túi phân hủy sinh học", "Biodegradable bags"),
                 ("tui_giay", "Túi giấy", "Paper bags"),
                 ("vat_lieu_tu_nhien", "Lá chuối, lá dong, vật liệu tự nhiên",
                  "Leaves or other natural wrapping"),
                 ("khach_tu_mang", "Khách tự mang túi, làn", "Customers bring their own")],
    "san_sang": [("yes", "Sẵn sàng", "Yes"),
                 ("neu_gia_tuong_duong", "Sẵn sàng nếu giá tương đương",
                  "Yes, if the price is similar"),
                 ("no", "Chưa sẵn sàng", "No")],
    "ly_do": [("gia_cao", "Túi thân thiện môi trường giá cao hơn",
               "Environmentally friendly bags cost more"),
              ("khach_chua_quen", "Khách hàng chưa quen, vẫn đòi túi nilon",
               "Customers still ask for nylon bags"),
              ("kho_tim_nguon", "Khó tìm nơi cung cấp", "Hard to find a supplier"),
              ("kem_tien_dung", "Kém bền, bất tiện khi đựng hàng ướt",
               "Less sturdy, impractical for wet goods"), OTHER],
    "loai_hinh_st": [("sieu_thi", "Siêu thị", "Supermarket"),
                     ("trung_tam_thuong_mai", "Trung tâm thương mại", "Shopping centre"),
                     ("cua_hang_tien_loi", "Cửa hàng tiện lợi thuộc chuỗi",
                      "Convenience store of a chain")],
    "thay_the": [("tui_phan_huy_sinh_hoc", "Túi phân hủy sinh học", "Biodegradable bags"),
                 ("tui_giay", "Túi giấy", "Paper bags"),
                 ("tui_vai", "Túi vải, túi dùng nhiều lần", "Cloth or reusable bags"),
                 ("thung_carton", "Thùng carton dùng lại", "Reused cartons"),
                 ("khach_tu_mang", "Không phát túi miễn phí, khách tự mang",
                  "No free bags; customers bring their own"), OTHER],
}

FORMS_TO_BUILD = [
    ("co_so_san_xuat", "Khảo sát cơ sở sản xuất về sản xuất và tiêu dùng bền vững",
     CO_SO_SAN_XUAT),
    ("tieu_thuong_cho", "Khảo sát tiểu thương chợ truyền thống về sử dụng túi nilon",
     TIEU_THUONG_CHO),
    ("sieu_thi_ttm", "Khảo sát siêu thị, trung tâm thương mại về túi nilon và sản phẩm xanh",
     SIEU_THI_TTM),
]


def choice_rows(survey: list[dict[str, str]]) -> list[dict[str, str]]:
    """The choice lists a form uses, in order of first use; the wards from the package."""
    used = dict.fromkeys(row["type"].split()[1] for row in survey
                         if row["type"].startswith(("select_one ", "select_multiple ")))
    rows: list[dict[str, str]] = []
    for list_name in used:
        if list_name == "phuong_xa":
            rows.extend(ward_choices())
        else:
            rows.extend({"list_name": list_name, "name": n, LABEL_VI: vi, LABEL_EN: en}
                        for n, vi, en in CHOICES[list_name])
    return rows


def write_sheet(book: Workbook, title: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(c) or None for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCD", (24, 26, 60, 50)):
        sheet.column_dimensions[letter].width = width


# Surveyor's own settings columns: the questions that say which establishment a response is
# about (tax code; name and ward), from which possible duplicates are found. Other XLSForm
# tools ignore them.
IDENTITY_COLUMNS = ["identity_tax_code", "identity_name", "identity_area"]
IDENTITY = {"co_so_san_xuat": ("ma_so_thue", "ten_co_so", "phuong_xa"),
            "tieu_thuong_cho": ("", "ten_co_so", "phuong_xa"),
            "sieu_thi_ttm": ("", "ten_co_so", "phuong_xa")}
SETTINGS_COLUMNS = ["form_id", "version", "form_title", "default_language", *IDENTITY_COLUMNS]


def build(form_id: str, title: str, survey: list[dict[str, str]], out_dir: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    write_sheet(book, "survey", SURVEY_COLUMNS, survey)
    write_sheet(book, "choices", CHOICE_COLUMNS, choice_rows(survey))
    identity = dict(zip(IDENTITY_COLUMNS, IDENTITY.get(form_id, ("", "", ""))))
    write_sheet(book, "settings", SETTINGS_COLUMNS,
                [{"form_id": form_id, "version": VERSION, "form_title": title,
                  "default_language": VI, **identity}])
    path = out_dir / f"{form_id}.xlsx"
    book.save(path)
    return path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else FORMS
    out_dir.mkdir(parents=True, exist_ok=True)
    for form_id, title, survey in FORMS_TO_BUILD:
        print(build(form_id, title, survey, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
