"""The report's own words, in Vietnamese and English: sheet names, headers, the few phrases of
the sheets for people. Survey content (labels of questions and choices) comes from the forms;
these are the report's. Vietnamese is the default (DESIGN.md)."""

from __future__ import annotations

LANGUAGES = ("vi", "en")

WORDS: dict[str, tuple[str, str]] = {
    # sheets
    "sheet.summary": ("Tổng hợp", "Summary"),
    "sheet.data": ("Dữ liệu", "Data"),
    "sheet.conflicts": ("Xung đột", "Conflicts"),
    "sheet.duplicates": ("Trùng lặp", "Duplicates"),
    "sheet.checks": ("Kiểm tra sai", "Failed checks"),
    "sheet.outside": ("Sửa ngoài", "Edited outside"),
    "sheet.drafts": ("Phiếu nháp", "Drafts"),
    "sheet.coverage": ("Độ phủ", "Coverage"),
    # Tổng hợp
    "title": ("Tổng hợp chỉ tiêu Kế hoạch 263/KH-UBND về sản xuất và tiêu dùng bền vững",
              "Indicators of Plan 263/KH-UBND on sustainable production and consumption"),
    "counted": (("Tính trên {counted} phiếu hoàn thành; {drafts} phiếu nháp không tính. "
                "Lập lúc {at}."),
                ("From {counted} complete responses; {drafts} drafts not counted. "
                "Made at {at}.")),
    "broken": ("Chỉ tiêu không tính được (xem surveyor form check): {finding}",
               "Indicator not computed (see surveyor form check): {finding}"),
    "h.indicator": ("Chỉ tiêu", "Indicator"),
    "h.scope": ("Phạm vi", "Scope"),
    "h.numerator": ("Tử số", "Numerator"),
    "h.denominator": ("Mẫu số", "Denominator"),
    "h.value": ("Kết quả", "Result"),
    "h.target": ("Mục tiêu", "Target"),
    "h.met": ("Đánh giá", "Assessment"),
    "h.threshold": ("Ngưỡng", "Threshold"),
    "h.chart": ("Số liệu vẽ biểu đồ (phường, xã có kết quả)", "Chart data (wards with a result)"),
    "city": ("Toàn thành phố", "City-wide"),
    "no_ward": ("(không rõ phường, xã)", "(no ward)"),
    "no_data": ("Chưa có số liệu (mẫu số 0, kết quả –) ở {n} phường, xã: {names}.",
                "No data (denominator 0, result –) in {n} wards: {names}."),
    "zero_count": ("Kết quả 0 ở {n} phường, xã: {names}.", "A count of 0 in {n} wards: {names}."),
    "no_key": ("(không rõ)", "(not given)"),
    "sector": ("Ngành: {label}", "Sector: {label}"),
    "met": ("Đạt", "Met"),
    "not_met": ("Chưa đạt", "Not met"),
    "target_only_city": ("(mục tiêu toàn thành phố)", "(city-wide target)"),
    "year": ("năm {year}", "by {year}"),
    "chart.value": ("Kết quả", "Result"),
    "chart.target": ("Mục tiêu", "Target"),
    "footer": ("Trang &P/&N", "Page &P of &N"),
    # data sheets
    "h.uuid": ("Mã phiếu", "Response id"),
    "h.status": ("Trạng thái", "Status"),
    "h.inspector": ("Cán bộ khảo sát", "Inspector"),
    "h.created": ("Tạo lúc (UTC)", "Created (UTC)"),
    "h.updated": ("Sửa lúc (UTC)", "Updated (UTC)"),
    "h.parent": ("Thuộc phiếu", "Of response"),
    "h.row": ("Dòng", "Row"),
    "h.name": ("Tên", "Name"),
    "h.form": ("Biểu mẫu", "Form"),
    "h.ward": ("Phường, xã", "Ward"),
    "complete": ("Hoàn thành", "Complete"),
    "draft": ("Nháp", "Draft"),
    # review sheets
    "h.conflict": ("Xung đột số", "Conflict"),
    "h.local": ("Bản ở đây (ai, lúc nào)", "Here (who, when)"),
    "h.incoming": ("Bản nhập vào (ai, lúc nào)", "Incoming (who, when)"),
    "h.fields": ("Các trường khác nhau", "Fields that differ"),
    "h.other": ("Phiếu kia", "Other response"),
    "h.other_name": ("Tên phiếu kia", "Other name"),
    "h.reason": ("Lý do", "Reason"),
    "same_tax_code": ("Cùng mã số thuế", "Same tax code"),
    "same_name_in_ward": ("Cùng tên trong cùng phường, xã", "Same name in the same ward"),
    "h.question": ("Câu hỏi", "Question"),
    "h.answer": ("Câu trả lời", "Answer"),
    "h.problem": ("Vấn đề", "Problem"),
    "h.kind": ("Loại kiểm tra", "Check"),
    "h.version": ("Phiên bản", "Version"),
    "constraint": ("Ràng buộc", "Constraint"),
    "type": ("Kiểu dữ liệu", "Type"),
    "choice": ("Lựa chọn", "Choice"),
    "none": ("Không có", "None"),
    # coverage
    "cov.ward": ("Số phiếu theo phường, xã", "Responses per ward"),
    "cov.inspector": ("Số phiếu theo cán bộ khảo sát", "Responses per inspector"),
    "cov.day": ("Số phiếu theo ngày khảo sát", "Responses per survey day"),
    "h.day": ("Ngày", "Day"),
    "h.complete": ("Hoàn thành", "Complete"),
    "h.drafts": ("Nháp", "Drafts"),
    "h.total": ("Tổng", "Total"),
}


def words(language: str):
    """A function giving the report's word for a key in `language` ('vi' unless 'en')."""
    index = 1 if language == "en" else 0

    def word(key: str, **values: object) -> str:
        text = WORDS[key][index]
        return text.format(**values) if values else text
    return word
