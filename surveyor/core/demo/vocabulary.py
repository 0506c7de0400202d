"""Words and numbers the demo data is made of: names, places, sectors, markets, shops.

Choice names here must exist in the bundled forms (forms/*.xlsx, built by scripts/build_forms.py).
"""

from __future__ import annotations

FORM_SHARES = {"co_so_san_xuat": 0.55, "tieu_thuong_cho": 0.3, "sieu_thi_ttm": 0.15}
INSPECTORS = ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thu Hà", "Đỗ Quang Huy")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Thu", "Quang", "Ngọc", "Hữu", "Thanh")
GIVEN = ("An", "Bình", "Cường", "Dung", "Giang", "Hạnh", "Hòa", "Khánh", "Lan", "Long", "Mai",
         "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Hiền")
BRANDS = ("Minh Anh", "Hưng Thịnh", "Phú Cường", "An Phát", "Thành Đạt", "Hoàng Long", "Việt Tiến",
          "Sao Mai", "Tân Tiến", "Hòa Bình", "Kim Ngân", "Thăng Long", "Phúc Lộc", "Hải Hà",
          "Quang Trung", "Đông Á", "Trường Sơn", "Bảo Châu", "Nam Việt", "Hồng Phát")
PREFIXES = {"doanh_nghiep": ("Công ty TNHH", "Công ty Cổ phần"), "hop_tac_xa": ("HTX",),
            "ho_kinh_doanh": ("Hộ kinh doanh", "Cơ sở")}
POSITIONS = {"doanh_nghiep": ("Giám đốc", "Phó Giám đốc", "Trưởng phòng Kỹ thuật",
                              "Kế toán trưởng"),
             "hop_tac_xa": ("Chủ nhiệm HTX", "Phó Chủ nhiệm HTX"), "ho_kinh_doanh": ("Chủ hộ",)}
WORKERS = {"doanh_nghiep": (30, 1500), "hop_tac_xa": (10, 80), "ho_kinh_doanh": (3, 25)}
GUIDED = {"kcn": 0.85, "ccn": 0.75, "lang_nghe": 0.6}   # chance of having been guided, by location
# Craft villages a campaign reached: every establishment there was guided (so the indicator
# "craft villages informed", which needs all of a village's establishments, is not 0 in a demo)
CAMPAIGN_VILLAGES = frozenset({"Làng gốm Bát Tràng", "Làng lụa Vạn Phúc"})
GUIDES = ("so_cong_thuong", "ubnd_phuong_xa", "ban_quan_ly_kcn", "khuyen_cong", "hiep_hoi")
MEASURES = ("tiet_kiem_nang_luong", "tiet_kiem_nguyen_lieu", "tai_su_dung_tai_che",
            "cong_nghe_sach", "xu_ly_chat_thai", "nang_luong_tai_tao")
PACKAGING = ("nhua_dung_mot_lan", "giay", "phan_huy_sinh_hoc", "tai_che", "tai_su_dung")
HAMLETS = ("Giang Cao", "Đông", "Trung", "Bắc", "Nam")
STREETS = ("Nguyễn Văn Linh", "Ngọc Hồi", "Giải Phóng", "Quang Trung", "Cổ Linh", "Phúc Diễn")
# sector: name word, unit of output, yearly output range (enterprise), eco-labels it may hold,
# main inputs as (name, unit, use per unit of output)
SECTORS = {
    "det_may": ("Dệt may", "nghìn mét vải", (500, 4000), ("iso_14001", "nhan_xanh_vn"),
                (("Sợi bông", "tan", 0.12), ("Điện", "kwh", 900), ("Nước", "m3", 25),
                 ("Thuốc nhuộm", "kg", 8))),
    "do_uong": ("Bia và Nước giải khát", "nghìn lít", (2000, 30000), ("iso_14001", "ocop"),
                (("Malt", "tan", 0.15), ("Nước", "m3", 5), ("Điện", "kwh", 110),
                 ("Than đá", "tan", 0.02))),
    "thep": ("Thép", "tấn thép", (5000, 60000), ("iso_14001",),
             (("Phôi thép", "tan", 1.05), ("Điện", "kwh", 120), ("Khí LPG", "kg", 25))),
    "nhua": ("Nhựa", "tấn sản phẩm", (300, 5000), ("iso_14001", "nhan_xanh_vn"),
             (("Hạt nhựa PP, PE", "tan", 1.03), ("Điện", "kwh", 950), ("Nước", "m3", 2))),
    "gom_su": ("Gốm sứ", "nghìn sản phẩm", (50, 800), ("ocop",),
               (("Đất sét, cao lanh", "tan", 0.6), ("Khí gas", "kg", 180), ("Men gốm", "kg", 40),
                ("Điện", "kwh", 300))),
    "che_bien_nong_san": ("Thực phẩm", "tấn sản phẩm", (200, 3000), ("ocop", "vietgap", "huu_co"),
                          (("Gạo, nông sản nguyên liệu", "tan", 1.3), ("Điện", "kwh", 180),
                           ("Nước", "m3", 8))),
    "giay_bao_bi": ("Bao bì", "tấn sản phẩm", (500, 6000), ("iso_14001",),
                    (("Giấy cuộn", "tan", 1.08), ("Điện", "kwh", 400), ("Nước", "m3", 15))),
    "vat_lieu_xay_dung": ("Vật liệu xây dựng", "nghìn viên gạch", (1000, 20000),
                          ("nhan_nang_luong",),
                          (("Đất sét, tro bay", "tan", 1.6), ("Than đá", "tan", 0.15),
                           ("Điện", "kwh", 40))),
    "thu_cong_my_nghe": ("Mây tre đan", "nghìn sản phẩm", (10, 200), ("ocop",),
                         (("Mây, tre nguyên liệu", "tan", 0.8), ("Sơn, dầu bóng", "lit", 90),
                          ("Điện", "kwh", 150))),
}
# where establishments are: location kind, place name, ward, sectors found there
PLACES = (
    ("kcn", "KCN Thăng Long", "xa_thien_loc", ("det_may", "nhua", "do_uong")),
    ("kcn", "KCN Quang Minh", "xa_quang_minh", ("thep", "nhua", "giay_bao_bi")),
    ("kcn", "KCN Nội Bài", "xa_noi_bai", ("det_may", "giay_bao_bi")),
    ("kcn", "KCN Phú Nghĩa", "xa_phu_nghia", ("do_uong", "che_bien_nong_san", "thep")),
    ("ccn", "CCN Ngọc Hồi", "xa_ngoc_hoi", ("nhua", "vat_lieu_xay_dung", "det_may")),
    ("ccn", "CCN Phùng", "xa_dan_phuong", ("che_bien_nong_san", "giay_bao_bi")),
    ("ccn", "CCN Thanh Oai", "xa_thanh_oai", ("vat_lieu_xay_dung", "thep")),
    ("lang_nghe", "Làng gốm Bát Tràng", "xa_bat_trang", ("gom_su",)),
    ("lang_nghe", "Làng lụa Vạn Phúc", "phuong_ha_dong", ("det_may",)),
    ("lang_nghe", "Làng mây tre đan Phú Vinh", "xa_phu_nghia", ("thu_cong_my_nghe",)),
    ("lang_nghe", "Làng bún Phú Đô", "phuong_tu_liem", ("che_bien_nong_san",)),
    ("ngoai", "", "phuong_long_bien", ("do_uong", "giay_bao_bi", "che_bien_nong_san")),
    ("ngoai", "", "phuong_hoang_mai", ("nhua", "det_may")),
    ("ngoai", "", "xa_gia_lam", ("vat_lieu_xay_dung", "che_bien_nong_san")),
)
PLACE_FIELDS = {"kcn": "ten_kcn", "ccn": "ten_ccn", "lang_nghe": "ten_lang_nghe"}
KINDS = {"lang_nghe": (("ho_kinh_doanh", 6), ("hop_tac_xa", 2), ("doanh_nghiep", 2)),
         "other": (("doanh_nghiep", 17), ("hop_tac_xa", 1), ("ho_kinh_doanh", 2))}
# market, ward, class, chance that a vendor hands out hard-to-decompose nylon bags, other name
MARKETS = (
    ("cho_dong_xuan", "phuong_hoan_kiem", "hang_1", 0.9, ""),
    ("cho_hom_duc_vien", "phuong_hai_ba_trung", "hang_1", 0.85, ""),
    ("cho_chau_long", "phuong_ba_dinh", "hang_2", 0.0, ""),
    ("cho_ngoc_ha", "phuong_ngoc_ha", "hang_2", 0.5, ""),
    ("cho_long_bien", "phuong_hong_ha", "hang_1", 0.95, ""),
    ("cho_mo", "phuong_bach_mai", "hang_2", 0.0, ""),
    ("cho_nghia_tan", "phuong_nghia_do", "hang_2", 0.4, ""),
    ("cho_ha_dong", "phuong_ha_dong", "hang_1", 0.8, ""),
    ("other", "phuong_dai_mo", "hang_3", 0.6, "Chợ Phùng Khoang"),
)
# goods: stall name, bags per day
GOODS = {"thuc_pham_tuoi_song": ("Sạp thịt", (80, 300)), "rau_cu_qua": ("Quầy rau", (100, 350)),
         "hang_kho": ("Quầy hàng khô", (30, 150)), "quan_ao": ("Sạp quần áo", (15, 80)),
         "do_gia_dung": ("Quầy đồ gia dụng", (10, 60))}
BAGS = ("tui_phan_huy_sinh_hoc", "tui_giay", "vat_lieu_tu_nhien", "khach_tu_mang")
TITLES = ("bà", "cô", "chị", "anh", "chú")
# shop name, kind, chain, chance it still hands out hard-to-decompose nylon bags
CHAINS = (("Siêu thị WinMart", "sieu_thi", "WinMart", 0.2), ("Siêu thị Co.opmart", "sieu_thi",
          "Co.opmart", 0.3), ("Lotte Mart", "sieu_thi", "Lotte Mart", 0.2),
          ("Vincom Plaza", "trung_tam_thuong_mai", "Vincom", 0.1),
          ("WinMart+", "cua_hang_tien_loi", "WinMart+", 0.4),
          ("Circle K", "cua_hang_tien_loi", "Circle K", 0.5),
          ("GS25", "cua_hang_tien_loi", "GS25", 0.3))
AREAS = (("Royal City", "phuong_thanh_xuan", "72A Nguyễn Trãi"),
         ("Long Biên", "phuong_long_bien", "27 Cổ Linh"), ("Bà Triệu", "phuong_hai_ba_trung",
         "191 Bà Triệu"), ("Hà Đông", "phuong_ha_dong", "Quang Trung"),
         ("Tây Sơn", "phuong_dong_da", "229 Tây Sơn"), ("Trần Duy Hưng", "phuong_yen_hoa",
         "Trần Duy Hưng"), ("Kim Mã", "phuong_giang_vo", "Kim Mã"),
         ("Times City", "phuong_vinh_tuy", "458 Minh Khai"), ("Mỹ Đình", "phuong_tu_liem",
         "Phạm Hùng"), ("Sơn Tây", "phuong_son_tay", "Phố Quang Trung"))
LATER = {"co_so_san_xuat": ("nhan_sinh_thai", "hang_sao_ocop", "so_san_pham_nhan", "bao_bi",
                            "chuoi_lien_ket", "truy_xuat_nguon_goc", "ghi_chu"),
         "tieu_thuong_cho": ("san_sang_chuyen_doi", "ly_do_chua_chuyen", "ban_sp_sinh_thai",
                             "ghi_chu"),
         "sieu_thi_ttm": ("ty_le_san_pham_nhan", "lien_ket_nha_cung_cap", "ghi_chu")}
CORRECTED = {"co_so_san_xuat": "so_lao_dong", "tieu_thuong_cho": "so_tui_ngay",
             "sieu_thi_ttm": "ty_le_san_pham_nhan"}
CORRECTION_NOTE = "Đã cập nhật theo số liệu cơ sở gửi bổ sung sau buổi khảo sát."
NOTES = ("", "", "Cơ sở đề nghị hỗ trợ kinh phí đánh giá sản xuất sạch hơn.",
         "Đang lắp đặt hệ thống điện mặt trời áp mái.",
         "Người trả lời chưa nắm rõ số liệu năm trước.")
