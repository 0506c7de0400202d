<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/acknowledge.py" line="19"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../surveyor/ui/questions/choice_combo.py" line="103"/>
        <source>Type to search…</source>
        <translation>Gõ để tìm…</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="71"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="72"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="76"/>
        <source>Clear (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="77"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="37"/>
        <source>Export a workbook</source>
        <translation>Xuất tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="42"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="43"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="47"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="52"/>
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="55"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="57"/>
        <source>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</source>
        <translation>Mọi phiếu trong kho dữ liệu này được ghi vào một tệp Excel: chuyển tệp đi bằng USB, thư điện tử hoặc ứng dụng nhắn tin. Tệp có chứa dữ liệu cá nhân: hãy giữ an toàn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="60"/>
        <source>&amp;Write workbook</source>
        <translation>&amp;Ghi tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="69"/>
        <source>Export to folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="39"/>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="42"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="47"/>
        <source>Export done</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="48"/>
        <source>Wrote {rows} rows to
{path}</source>
        <translation>Đã ghi {rows} dòng vào
{path}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="50"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="57"/>
        <source>Import workbooks</source>
        <translation>Nhập tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="59"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="71"/>
        <source>Importing {n} workbooks…</source>
        <translation>Đang nhập {n} tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="78"/>
        <source>Import done</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="85"/>
        <source>Add a form (XLSForm)</source>
        <translation>Thêm biểu mẫu (XLSForm)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="86"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Tệp biểu mẫu XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="92"/>
        <source>Form not added</source>
        <translation>Chưa thêm được biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="94"/>
        <source>Form checked</source>
        <translation>Đã kiểm tra biểu mẫu</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="22"/>
        <source>No file attached</source>
        <translation>Chưa đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="23"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="24"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="47"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="50"/>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
</context>
<context>
    <name>FormNavigation</name>
    <message>
        <location filename="../../surveyor/ui/form_navigation.py" line="98"/>
        <source>This section has problems</source>
        <translation>Phần này có câu trả lời cần sửa</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <location filename="../../surveyor/ui/form_rows.py" line="110"/>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_rows.py" line="111"/>
        <source>Remove row #{n} of “{label}” and its answers?</source>
        <translation>Xóa dòng #{n} của “{label}” cùng các câu trả lời trong dòng đó?</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="107"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="211"/>
        <source>Move this row up (Alt+Shift+Up)</source>
        <translation>Chuyển dòng này lên (Alt+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="213"/>
        <source>Move this row down (Alt+Shift+Down)</source>
        <translation>Chuyển dòng này xuống (Alt+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="215"/>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="215"/>
        <source>Remove this row (Alt+Delete)</source>
        <translation>Xóa dòng này (Alt+Delete)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="251"/>
        <source>No rows yet.</source>
        <translation>Chưa có dòng nào.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="263"/>
        <source>+ Add a row</source>
        <translation>+ Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="265"/>
        <source>Add a row (Alt+Insert)</source>
        <translation>Thêm dòng (Alt+Insert)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="278"/>
        <source>Add a row: {label}</source>
        <translation>Thêm dòng: {label}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_view.py" line="108"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Altitude (m)</source>
        <translation>Độ cao (m)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="26"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="111"/>
        <source>Accuracy (m)</source>
        <translation>Độ chính xác (m)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="80"/>
        <source>Out of range: {low} to {high}</source>
        <translation>Ngoài phạm vi: từ {low} đến {high}</translation>
    </message>
</context>
<context>
    <name>GotoPalette</name>
    <message>
        <location filename="../../surveyor/ui/goto.py" line="97"/>
        <source>Go to question: part of its label, #n for a row</source>
        <translation>Đi đến câu hỏi: gõ một phần nội dung câu hỏi, hoặc #n để đến dòng n</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/goto.py" line="98"/>
        <source>Go to question</source>
        <translation>Đi đến câu hỏi</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="27"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="42"/>
        <source>No changes saved yet.</source>
        <translation>Chưa có thay đổi nào được lưu.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="48"/>
        <source>Created</source>
        <translation>Tạo phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="50"/>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="50"/>
        <source>complete</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="51"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="55"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="55"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="61"/>
        <source>Surveyor: field surveys</source>
        <translation>Surveyor: khảo sát thực địa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="68"/>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="73"/>
        <source>&amp;New response</source>
        <translation>Phiếu &amp;mới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="74"/>
        <source>New, &amp;carrying place</source>
        <translation>Phiếu mới, &amp;giữ địa điểm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="77"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="78"/>
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="80"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="82"/>
        <source>Add &amp;form…</source>
        <translation>Thêm &amp;biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="83"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="98"/>
        <location filename="../../surveyor/ui/main_window.py" line="101"/>
        <source>Forms</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="115"/>
        <source>Opening the store…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="159"/>
        <source>{n} response</source>
        <translation>{n} phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="159"/>
        <source>{n} responses</source>
        <translation>{n} phiếu</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../surveyor/core/errors.py" line="19"/>
        <source>{file}: no such file</source>
        <translation>{file}: không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="20"/>
        <source>{file}: not an Excel .xlsx workbook ({detail})</source>
        <translation>{file}: không phải tệp Excel .xlsx ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="21"/>
        <source>{file}: too large ({size} bytes; the limit is {limit} bytes)</source>
        <translation>{file}: tệp quá lớn ({size} byte; giới hạn là {limit} byte)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="24"/>
        <source>{file}: cannot be read as an XLSForm: {detail}</source>
        <translation>{file}: không đọc được dưới dạng biểu mẫu XLSForm: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="25"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="27"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {detail}
  {text}
  {caret}</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: {detail}
  {text}
  {caret}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="30"/>
        <source>{file}: sheet {sheet} is missing</source>
        <translation>{file}: thiếu trang tính {sheet}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="31"/>
        <source>{file}, sheet {sheet}: column {column} is missing</source>
        <translation>{file}, trang tính {sheet}: thiếu cột {column}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="33"/>
        <source>{file}, sheet {sheet}: form {form_id} version {form_version} is not known here</source>
        <translation>{file}, trang tính {sheet}: máy này không có biểu mẫu {form_id} phiên bản {form_version}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="35"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {detail}</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="37"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: the row has no _uuid</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột _uuid: dòng này không có _uuid</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="39"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: not a question of form {form_id} version {form_version}, yet the cell is filled</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: không phải câu hỏi của biểu mẫu {form_id} phiên bản {form_version}, nhưng ô lại có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="42"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the text has {length} characters; an Excel cell holds at most 32,767</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: văn bản dài {length} ký tự; một ô Excel chỉ chứa được tối đa 32.767 ký tự</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="45"/>
        <source>{file}: unpacks to {size} bytes (the limit is {limit} bytes); refused</source>
        <translation>{file}: khi giải nén có dung lượng {size} byte (giới hạn là {limit} byte); không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="47"/>
        <source>{file}, sheet {sheet}: spans {rows} rows by {columns} columns (the limit is {limit} cells); refused</source>
        <translation>{file}, trang tính {sheet}: gồm {rows} dòng và {columns} cột (giới hạn là {limit} ô); không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="50"/>
        <source>{file}: written in sync format {found}; this Surveyor reads up to {known}</source>
        <translation>{file}: được ghi theo định dạng đồng bộ phiên bản {found}; phiên bản Surveyor này chỉ đọc được đến phiên bản {known}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="52"/>
        <source>{file}: cannot be written ({detail})</source>
        <translation>{file}: không ghi được ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="53"/>
        <source>{file}: response {uuid} has rows of repeat {repeat}, which form {form_id} version {form_version} does not have</source>
        <translation>{file}: phiếu {uuid} có các dòng của nhóm lặp {repeat}, nhưng biểu mẫu {form_id} phiên bản {form_version} không có nhóm lặp này</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="57"/>
        <source>{file}: the store has schema version {found}; this Surveyor knows up to {known}</source>
        <translation>{file}: kho dữ liệu có lược đồ phiên bản {found}; phiên bản Surveyor này chỉ hỗ trợ đến phiên bản {known}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="59"/>
        <source>no import with id {id}</source>
        <translation>không có lần nhập nào mang mã {id}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="60"/>
        <source>import {id} was already undone</source>
        <translation>lần nhập {id} đã được hoàn tác trước đó</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="61"/>
        <source>{file}: no such backup</source>
        <translation>{file}: không có bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="62"/>
        <source>{file}: not a Surveyor store ({detail})</source>
        <translation>{file}: không phải kho dữ liệu của Surveyor ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="63"/>
        <source>import {id} cannot be undone: {detail}</source>
        <translation>không thể hoàn tác lần nhập {id}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="64"/>
        <source>no response with uuid {uuid}</source>
        <translation>không có phiếu nào mang uuid {uuid}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="65"/>
        <source>conflict {id} is not open (unknown or resolved)</source>
        <translation>xung đột {id} không còn mở (không tồn tại hoặc đã được giải quyết)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="67"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} is also on sheet {first_sheet}, row {first_row}</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột _uuid: {uuid} cũng có ở trang tính {first_sheet}, dòng {first_row}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="70"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} belongs to form {stored_form} here, not {form_id}</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột _uuid: trên máy này {uuid} thuộc biểu mẫu {stored_form}, không phải {form_id}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="73"/>
        <source>no form {form_id} is loaded</source>
        <translation>chưa nạp biểu mẫu {form_id}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="74"/>
        <source>conflict {id}: no field {field} (fields that differ: {fields})</source>
        <translation>xung đột {id}: không có trường {field} (các trường khác nhau: {fields})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="76"/>
        <source>conflict {id}: {side} is not a side; say local or incoming</source>
        <translation>xung đột {id}: {side} không phải một bên; hãy chọn local (máy này) hoặc incoming (tệp nhập)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="78"/>
        <source>conflict {id}: the {side} state {version} of {uuid} is not in this store</source>
        <translation>xung đột {id}: trạng thái {side} {version} của phiếu {uuid} không có trong kho dữ liệu này</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../surveyor/ui/problems_pane.py" line="21"/>
        <source>Problems</source>
        <translation>Lỗi cần sửa</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ResponseActions</name>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="48"/>
        <source>Carried from the previous response: {names}</source>
        <translation>Đã lấy từ phiếu trước: {names}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="78"/>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="79"/>
        <source>This response was made with form {form} version {version}, which is not loaded here.</source>
        <translation>Phiếu này được lập theo biểu mẫu {form} phiên bản {version}, nhưng biểu mẫu đó chưa được nạp trên máy này.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="99"/>
        <source>Problems</source>
        <translation>Lỗi cần sửa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="100"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="138"/>
        <source>Kept as draft at {time}</source>
        <translation>Đã lưu nháp lúc {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="150"/>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="166"/>
        <source>Not finalised: {n} answers to fix</source>
        <translation>Chưa hoàn thành: còn {n} câu trả lời cần sửa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="170"/>
        <source>Finalised</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="175"/>
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="205"/>
        <source>Delete response</source>
        <translation>Xóa phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="206"/>
        <source>Delete this response? It is kept in the history and can be recovered by an administrator.</source>
        <translation>Xóa phiếu này? Phiếu vẫn được giữ trong lịch sử và quản trị viên có thể khôi phục lại.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="234"/>
        <source>Recovered the answers not saved when Surveyor last closed</source>
        <translation>Đã khôi phục các câu trả lời chưa kịp lưu khi Surveyor đóng lần trước</translation>
    </message>
</context>
<context>
    <name>ResponseList</name>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="253"/>
        <source>{n} response</source>
        <translation>{n} phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="253"/>
        <source>{n} responses</source>
        <translation>{n} phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="281"/>
        <source>Search by name, ward, inspector…</source>
        <translation>Tìm theo tên cơ sở, phường, xã hoặc cán bộ khảo sát…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="283"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="286"/>
        <location filename="../../surveyor/ui/response_list.py" line="287"/>
        <source>All wards</source>
        <translation>Tất cả phường, xã</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="289"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="290"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="291"/>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="292"/>
        <source>Responses</source>
        <translation>Danh sách phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="293"/>
        <source>Finds names, wards and inspectors, with or without diacritics (Ctrl+F)</source>
        <translation>Tìm tên cơ sở, phường, xã và cán bộ khảo sát, gõ có dấu hay không dấu đều được (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Establishment</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="191"/>
        <source>Inspector</source>
        <translation>Cán bộ khảo sát</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="191"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="203"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="203"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="76"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="39"/>
        <source>Full name, as on your staff card</source>
        <translation>Họ và tên, như trên thẻ công chức</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="50"/>
        <source>The form&apos;s default</source>
        <translation>Mặc định của biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="58"/>
        <source>Welcome. Your name is recorded with every response you make.</source>
        <translation>Chào mừng bạn. Tên của bạn được ghi kèm theo mỗi phiếu bạn lập.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="59"/>
        <source>&amp;Inspector:</source>
        <translation>&amp;Cán bộ khảo sát:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="60"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="61"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="62"/>
        <source>F&amp;orm language:</source>
        <translation>Ngôn ngữ &amp;biểu mẫu:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="63"/>
        <source>A new interface language applies at the next start.</source>
        <translation>Ngôn ngữ giao diện mới có hiệu lực từ lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="169"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="40"/>
        <source>older than here</source>
        <translation>cũ hơn bản trên máy</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="40"/>
        <source>conflicts</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="41"/>
        <source>edited outside Surveyor</source>
        <translation>sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="42"/>
        <source>possible duplicates</source>
        <translation>có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="42"/>
        <source>refused files</source>
        <translation>tệp bị từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="48"/>
        <source>Refused: {reason}</source>
        <translation>Không chấp nhận: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="55"/>
        <source>Not a form</source>
        <translation>Không phải biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="57"/>
        <source>{title} (form {form_id}, version {version})</source>
        <translation>{title} (biểu mẫu {form_id}, phiên bản {version})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="59"/>
        <source>{questions} questions, {groups} groups, {repeats} repeats</source>
        <translation>{questions} câu hỏi, {groups} nhóm, {repeats} nhóm lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="62"/>
        <source>Ready to use: added to your forms.</source>
        <translation>Sẵn sàng sử dụng: đã thêm vào danh sách biểu mẫu của bạn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="63"/>
        <source>Not usable as it is: see the list above. It was not added.</source>
        <translation>Chưa dùng được như hiện tại: xem danh sách ở trên. Biểu mẫu chưa được thêm.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="70"/>
        <source>Refused</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="73"/>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="74"/>
        <source>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</source>
        <translation>Đã xảy ra lỗi mà Surveyor không lường trước. Dữ liệu đã lưu trước đó vẫn được giữ nguyên.
Chi tiết có trong {log}.</translation>
    </message>
</context>
</TS>
