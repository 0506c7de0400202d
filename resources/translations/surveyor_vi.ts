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
        <location filename="../../surveyor/ui/questions/choice_combo.py" line="104"/>
        <source>Type to search…</source>
        <translation>Gõ để tìm…</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="64"/>
        <source>Form, establishment or inspector</source>
        <translation>Biểu mẫu, cơ sở hoặc cán bộ khảo sát</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="65"/>
        <source>Filter conflicts</source>
        <translation>Lọc xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="64"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Local</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Incoming</source>
        <translation>Tệp nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="67"/>
        <source>Fields</source>
        <translation>Số trường</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="65"/>
        <source>Open conflicts</source>
        <translation>Các xung đột đang mở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="43"/>
        <source>Take local for &amp;these</source>
        <translation>Lấy bản máy này cho các mục đã &amp;chọn</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="45"/>
        <source>Take incoming for t&amp;hese</source>
        <translation>Lấy bản từ tệp nhập cho các mục đã c&amp;họn</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="47"/>
        <source>&amp;Prefer filled values</source>
        <translation>Ưu &amp;tiên giá trị đã điền</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="50"/>
        <source>A field left empty on the side taken keeps the other side&apos;s answer</source>
        <translation>Trường bỏ trống ở bên được chọn sẽ lấy câu trả lời của bên kia</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="74"/>
        <source>{n} open conflict</source>
        <translation>{n} xung đột đang mở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="75"/>
        <source>{n} open conflicts</source>
        <translation>{n} xung đột đang mở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="76"/>
        <source>{shown} of {text}</source>
        <translation>{shown} trong {text}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="85"/>
        <source>{n} selected</source>
        <translation>đã chọn {n}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="64"/>
        <source>The ticked value is kept. Left/Right or L/I picks a side, Space switches; fields changed on one side only since the common version are picked already.</source>
        <translation>Giá trị có dấu tích được giữ lại. Phím Trái/Phải hoặc L/I chọn một bên, phím Cách để đổi bên; các trường chỉ một bên thay đổi kể từ bản chung đã được chọn sẵn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="67"/>
        <source>Show &amp;all fields</source>
        <translation>Hiện tất cả các t&amp;rường</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="71"/>
        <source>Take &amp;local</source>
        <translation>Lấy &amp;bản máy này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="72"/>
        <source>Take &amp;incoming</source>
        <translation>Lấy bản từ tệ&amp;p nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="73"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Giải quyết</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="74"/>
        <source>Write the picked values and go to the next conflict</source>
        <translation>Ghi các giá trị đã chọn và chuyển sang xung đột tiếp theo</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="127"/>
        <source>Reading the conflicts…</source>
        <translation>Đang đọc các xung đột…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Common version</source>
        <translation>Bản chung trước đó</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Local (here)</source>
        <translation>Bản tại máy này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Incoming</source>
        <translation>Bản từ tệp nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="185"/>
        <source>No open conflicts</source>
        <translation>Không có xung đột nào đang mở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="186"/>
        <source>Pick a conflict in the list</source>
        <translation>Chọn một xung đột trong danh sách</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="198"/>
        <source>Kept: {local} local · {incoming} incoming</source>
        <translation>Giữ: {local} của máy này · {incoming} của tệp nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="224"/>
        <source>Resolve this conflict, taking the local side?</source>
        <translation>Giải quyết xung đột này, lấy bản của máy này?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="225"/>
        <source>Resolve these {n} conflicts, taking the local side?</source>
        <translation>Giải quyết {n} xung đột này, lấy bản của máy này?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="227"/>
        <source>Resolve this conflict, taking the incoming side?</source>
        <translation>Giải quyết xung đột này, lấy bản từ tệp nhập?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="228"/>
        <source>Resolve these {n} conflicts, taking the incoming side?</source>
        <translation>Giải quyết {n} xung đột này, lấy bản từ tệp nhập?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="230"/>
        <source>A field only the other side changed since the common version keeps that change.</source>
        <translation>Trường chỉ bên kia thay đổi kể từ bản chung vẫn giữ thay đổi đó.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="232"/>
        <source>A field left empty on the side taken gets the other side&apos;s answer.</source>
        <translation>Trường bỏ trống ở bên được chọn sẽ lấy câu trả lời của bên kia.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="234"/>
        <source>Resolve conflicts</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="243"/>
        <source>Resolving {n} conflicts…</source>
        <translation>Đang giải quyết {n} xung đột…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="249"/>
        <source>Resolved {n} conflict</source>
        <translation>Đã giải quyết {n} xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="249"/>
        <source>Resolved {n} conflicts</source>
        <translation>Đã giải quyết {n} xung đột</translation>
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
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="83"/>
        <source>Keep the &amp;other one</source>
        <translation>Giữ &amp;bản kia</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="84"/>
        <source>Keep the other response and delete this one instead</source>
        <translation>Giữ phiếu kia và xóa phiếu này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="87"/>
        <source>The ticked value goes into the kept response. Left/Right picks a side, Space switches.</source>
        <translation>Giá trị có dấu tích được ghi vào phiếu giữ lại. Phím Trái/Phải chọn một bên, phím Cách để đổi bên.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="89"/>
        <source>Same establishment: &amp;merge</source>
        <translation>Cùng một cơ sở: &amp;gộp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="90"/>
        <source>Keep one response with the ticked values; the other is deleted and points at it</source>
        <translation>Giữ một phiếu với các giá trị có dấu tích; phiếu kia bị xóa và trỏ tới phiếu được giữ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="91"/>
        <source>&amp;Different establishments</source>
        <translation>&amp;Khác cơ sở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="92"/>
        <source>Never flag this pair again</source>
        <translation>Không bao giờ báo cặp này nữa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="108"/>
        <source>Fields of the two responses</source>
        <translation>Các trường của hai phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="109"/>
        <source>Left arrow keeps the first response&apos;s value, Right arrow the second&apos;s, Space switches.</source>
        <translation>Mũi tên trái giữ giá trị của phiếu thứ nhất, mũi tên phải giữ giá trị của phiếu thứ hai, phím Cách để đổi bên.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="122"/>
        <source>Reading the possible duplicates…</source>
        <translation>Đang đọc các cặp có thể trùng lặp…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="140"/>
        <source>Same tax code {code}</source>
        <translation>Trùng mã số thuế {code}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="141"/>
        <source>Same tax code</source>
        <translation>Trùng mã số thuế</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="145"/>
        <source>Same name in {ward}</source>
        <translation>Trùng tên tại {ward}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="146"/>
        <source>Same name in the same ward</source>
        <translation>Trùng tên trong cùng phường, xã</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="147"/>
        <source>No identity answer in common any more</source>
        <translation>Không còn thông tin nhận diện nào trùng nhau</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="155"/>
        <source>No possible duplicates</source>
        <translation>Không có cặp nào có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="156"/>
        <source>Pick a pair in the list</source>
        <translation>Chọn một cặp trong danh sách</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="163"/>
        <source>Flagged because: {reason}</source>
        <translation>Lý do báo trùng: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="180"/>
        <source>Kept</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="180"/>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="181"/>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="211"/>
        <source>first</source>
        <translation>thứ nhất</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="181"/>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="211"/>
        <source>second</source>
        <translation>thứ hai</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="188"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="188"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="210"/>
        <source>Kept: the {side} response ({who}); the other is deleted and points at it.</source>
        <translation>Giữ lại: phiếu {side} ({who}); phiếu kia bị xóa và trỏ tới phiếu này.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="213"/>
        <source>Answers taken from the deleted response: {n}</source>
        <translation>Số câu trả lời lấy từ phiếu bị xóa: {n}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="231"/>
        <source>Merge these two responses as one establishment?

Kept: {kept}
Deleted: {dropped}

The deleted response points at the kept one. Answers taken from it: {n}.</source>
        <translation>Gộp hai phiếu này thành một cơ sở?

Giữ lại: {kept}
Xóa: {dropped}

Phiếu bị xóa sẽ trỏ tới phiếu được giữ. Số câu trả lời lấy từ phiếu bị xóa: {n}.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="235"/>
        <source>Same establishment</source>
        <translation>Cùng một cơ sở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="246"/>
        <source>Are these different establishments?

{first}
{second}

Both responses stay; this pair is not flagged again.</source>
        <translation>Đây là hai cơ sở khác nhau?

{first}
{second}

Cả hai phiếu được giữ nguyên; cặp này sẽ không bị báo trùng nữa.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="249"/>
        <source>Different establishments</source>
        <translation>Khác cơ sở</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="39"/>
        <source>Export a workbook</source>
        <translation>Xuất tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="44"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="49"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="54"/>
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="59"/>
        <source>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</source>
        <translation>Mọi phiếu trong kho dữ liệu này được ghi vào một tệp Excel: chuyển tệp đi bằng USB, thư điện tử hoặc ứng dụng nhắn tin. Tệp có chứa dữ liệu cá nhân: hãy giữ an toàn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="69"/>
        <source>&amp;Write workbook</source>
        <translation>&amp;Ghi tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="87"/>
        <source>Empty: the workbook is not protected</source>
        <translation>Để trống: tệp Excel không được bảo vệ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="91"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="94"/>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="95"/>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="97"/>
        <source>Excel and LibreOffice ask for the password to open it. Surveyor does not keep it: tell it to whoever opens the workbook some other way than with the file.</source>
        <translation>Excel và LibreOffice sẽ hỏi mật khẩu khi mở tệp. Surveyor không lưu mật khẩu: hãy báo mật khẩu cho người mở tệp bằng một cách khác, không gửi cùng tệp.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="100"/>
        <source>With&amp;out attached files (photos)</source>
        <translation>Không gồm tệ&amp;p đính kèm (ảnh)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="103"/>
        <source>A smaller workbook: it names the photos, but the stores that import it keep only the photos they already have.</source>
        <translation>Tệp Excel nhỏ hơn: tệp vẫn ghi tên các ảnh, nhưng kho dữ liệu nhập tệp này chỉ có những ảnh nó đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="115"/>
        <source>Export to folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="145"/>
        <source>Type the password a second time, in Password again.</source>
        <translation>Hãy gõ mật khẩu lần thứ hai, vào ô Nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="146"/>
        <source>The two passwords differ: type the same password in both fields, or leave both empty to write the workbook without one.</source>
        <translation>Hai mật khẩu không giống nhau: hãy gõ cùng một mật khẩu vào cả hai ô, hoặc để trống cả hai để ghi tệp Excel không có mật khẩu.</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="85"/>
        <source>Fields of the conflict</source>
        <translation>Các trường của xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="87"/>
        <source>Left arrow or L keeps the local value, Right arrow or I the incoming value, Space switches.</source>
        <translation>Mũi tên trái hoặc L giữ giá trị của máy này, mũi tên phải hoặc I giữ giá trị của tệp nhập, phím Cách để đổi bên.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="127"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="133"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="133"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="136"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="139"/>
        <source>form version {version}</source>
        <translation>biểu mẫu phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="150"/>
        <source>Status and inspector</source>
        <translation>Trạng thái và cán bộ khảo sát</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="187"/>
        <source>No answer</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="205"/>
        <source>kept</source>
        <translation>được giữ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="205"/>
        <source>not kept</source>
        <translation>không giữ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="207"/>
        <source>Only this side changed it since the common version</source>
        <translation>Chỉ bên này thay đổi kể từ bản chung</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="140"/>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="144"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="156"/>
        <source>Export done</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="149"/>
        <source>Wrote {rows} rows to
{path}</source>
        <translation>Đã ghi {rows} dòng vào
{path}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="151"/>
        <source>Protected by the password you gave: tell it to whoever opens the workbook some other way than with the file.</source>
        <translation>Tệp được bảo vệ bằng mật khẩu bạn đã đặt: hãy báo mật khẩu cho người mở tệp bằng một cách khác, không gửi cùng tệp.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="154"/>
        <source>Without the {n} attached files: their rows name them, the stores that have them keep them.</source>
        <translation>Không gồm {n} tệp đính kèm: các dòng vẫn ghi tên tệp, kho dữ liệu nào đã có các tệp này vẫn giữ chúng.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="159"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="179"/>
        <source>Import workbooks</source>
        <translation>Nhập tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="181"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="188"/>
        <source>Import every workbook of a folder</source>
        <translation>Nhập mọi tệp Excel trong một thư mục</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="198"/>
        <source>No Excel workbooks (.xlsx) there</source>
        <translation>Không có tệp Excel (.xlsx) nào ở đó</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="210"/>
        <location filename="../../surveyor/ui/window_files.py" line="262"/>
        <source>Workbook {i} of {n}: {name}</source>
        <translation>Tệp {i}/{n}: {name}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="212"/>
        <source>Reading {n} workbooks…</source>
        <translation>Đang đọc {n} tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="217"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Đã hủy nhập; chưa ghi gì vào kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="225"/>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="263"/>
        <source>{done} of {total} rows</source>
        <translation>{done}/{total} dòng</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="264"/>
        <source>Saving to the store…</source>
        <translation>Đang lưu vào kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="278"/>
        <source>Importing {n} workbooks…</source>
        <translation>Đang nhập {n} tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="292"/>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="293"/>
        <source>Import cancelled: {kept} of {total} workbooks were imported before it stopped (see Review, Imports); the others were not.</source>
        <translation>Đã hủy nhập: {kept}/{total} tệp Excel đã được nhập trước khi dừng (xem Rà soát, Các lần nhập); các tệp còn lại chưa được nhập.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="309"/>
        <source>Imported {n} workbooks.</source>
        <translation>Đã nhập {n} tệp Excel.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="313"/>
        <source>Import done</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="314"/>
        <source>Review &amp;conflicts</source>
        <translation>Xem &amp;xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="316"/>
        <source>Review &amp;duplicates</source>
        <translation>Xem phiếu &amp;trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="317"/>
        <source>Review &amp;outside edits</source>
        <translation>Xem chỉnh sửa &amp;ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="354"/>
        <source>Add a form (XLSForm)</source>
        <translation>Thêm biểu mẫu (XLSForm)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="355"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Tệp biểu mẫu XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="361"/>
        <source>Form not added</source>
        <translation>Chưa thêm được biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="363"/>
        <source>Form checked</source>
        <translation>Đã kiểm tra biểu mẫu</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="25"/>
        <source>No file attached</source>
        <translation>Chưa đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="26"/>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="27"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>Replace…</source>
        <translation>Thay…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="55"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="57"/>
        <source>Sounds (*.mp3 *.m4a *.aac *.wav *.ogg *.amr *.3gp);;All files (*)</source>
        <translation>Âm thanh (*.mp3 *.m4a *.aac *.wav *.ogg *.amr *.3gp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="59"/>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp);;All files (*)</source>
        <translation>Video (*.mp4 *.mov *.avi *.mkv *.webm *.3gp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="61"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="62"/>
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
    <name>ImportPreview</name>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="54"/>
        <source>Import preview: nothing written yet</source>
        <translation>Xem trước khi nhập: chưa ghi gì</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="65"/>
        <source>What each workbook would change</source>
        <translation>Mỗi tệp Excel sẽ thay đổi những gì</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="67"/>
        <source>Workbook</source>
        <translation>Tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="68"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="76"/>
        <source>imported before (import {id})</source>
        <translation>đã nhập trước đây (lần nhập {id})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="79"/>
        <source>Total ({n} workbooks)</source>
        <translation>Tổng cộng ({n} tệp Excel)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="88"/>
        <source>Refused workbooks</source>
        <translation>Tệp bị từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="94"/>
        <source>&amp;Refused workbooks: nothing of them will be imported</source>
        <translation>Tệp bị &amp;từ chối: không nhập gì từ các tệp này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="116"/>
        <source>{files} workbooks read, {rows} rows. Nothing has been written yet: press Import to make these changes, or Cancel.</source>
        <translation>Đã đọc {files} tệp Excel, {rows} dòng. Chưa ghi gì vào kho dữ liệu: bấm Nhập để thực hiện các thay đổi này, hoặc Hủy.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="121"/>
        <source>{n} of them were imported before: importing them again changes nothing they already brought.</source>
        <translation>{n} tệp trong số đó đã được nhập trước đây: nhập lại không thay đổi những gì chúng đã mang vào.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="124"/>
        <source>{n} refused: see the reasons below.</source>
        <translation>{n} tệp bị từ chối: xem lý do bên dưới.</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="52"/>
        <source>Imports</source>
        <translation>Các lần nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Workbook</source>
        <translation>Tệp Excel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Checksum</source>
        <translation>Mã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>What it did</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="65"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Hoàn tác lần nhập này…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="69"/>
        <source>Undo puts every response the import changed back as it was before it. It is refused while later work builds on it: a later import of the same responses, an edit here or a resolved conflict.</source>
        <translation>Hoàn tác đưa mọi phiếu mà lần nhập đã thay đổi về như trước khi nhập. Không thể hoàn tác khi đã có việc làm tiếp trên đó: một lần nhập sau của cùng các phiếu, một chỉnh sửa trên máy này hoặc một xung đột đã giải quyết.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="105"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="105"/>
        <source>in effect</source>
        <translation>đang áp dụng</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="106"/>
        <location filename="../../surveyor/ui/imports_tab.py" line="145"/>
        <source>nothing changed</source>
        <translation>không thay đổi gì</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="141"/>
        <source>Undo an import</source>
        <translation>Hoàn tác một lần nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="142"/>
        <source>Undo import {id} of {file}?
It brought: {counts}.
Every response it changed goes back to how it was before it; a backup of the store is made first.</source>
        <translation>Hoàn tác lần nhập {id} của tệp {file}?
Lần nhập này đã mang vào: {counts}.
Mọi phiếu nó đã thay đổi sẽ trở về như trước khi nhập; kho dữ liệu được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="152"/>
        <source>Undoing import {id}…</source>
        <translation>Đang hoàn tác lần nhập {id}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="157"/>
        <source>Import {id} undone. The store as it was before the undo: {backup}</source>
        <translation>Đã hoàn tác lần nhập {id}. Bản sao kho dữ liệu trước khi hoàn tác: {backup}</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="118"/>
        <location filename="../../surveyor/ui/indicators_view.py" line="167"/>
        <source>Computing the indicators…</source>
        <translation>Đang tính các chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="121"/>
        <source>Consolidated report…</source>
        <translation>Báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="129"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="129"/>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="131"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="184"/>
        <source>{counted} complete responses counted; {drafts} drafts left out.</source>
        <translation>Tính trên {counted} phiếu hoàn thành; {drafts} phiếu nháp không tính.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="201"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="201"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="65"/>
        <source>Surveyor: field surveys</source>
        <translation>Surveyor: khảo sát thực địa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="72"/>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="77"/>
        <source>&amp;New response</source>
        <translation>Phiếu &amp;mới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="78"/>
        <source>New, &amp;carrying place</source>
        <translation>Phiếu mới, &amp;giữ địa điểm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="81"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="82"/>
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="83"/>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="85"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="86"/>
        <source>Import a f&amp;older…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="88"/>
        <source>&amp;Review</source>
        <translation>&amp;Rà soát</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="89"/>
        <source>Consolidated &amp;report…</source>
        <translation>Báo cáo tổng hợ&amp;p…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="91"/>
        <source>Add &amp;form…</source>
        <translation>Thêm &amp;biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="92"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="108"/>
        <location filename="../../surveyor/ui/main_window.py" line="111"/>
        <source>Forms</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="125"/>
        <source>Opening the store…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="164"/>
        <source>Imports</source>
        <translation>Các lần nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="166"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="167"/>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="168"/>
        <source>Edited outside</source>
        <translation>Sửa ngoài</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="179"/>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="186"/>
        <source>{n} response</source>
        <translation>{n} phiếu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="186"/>
        <source>{n} responses</source>
        <translation>{n} phiếu</translation>
    </message>
</context>
<context>
    <name>MediaBar</name>
    <message>
        <location filename="../../surveyor/ui/questions/media.py" line="71"/>
        <source>▶ Play the sound</source>
        <translation>▶ Nghe âm thanh</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/media.py" line="72"/>
        <source>▶ Play the video</source>
        <translation>▶ Xem video</translation>
    </message>
</context>
<context>
    <name>OutsideList</name>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="71"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="71"/>
        <source>Form, establishment, inspector or file</source>
        <translation>Biểu mẫu, cơ sở, cán bộ khảo sát hoặc tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="72"/>
        <source>Filter rows edited outside Surveyor</source>
        <translation>Lọc các dòng sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="73"/>
        <source>Rows edited outside Surveyor</source>
        <translation>Các dòng sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Inspector</source>
        <translation>Cán bộ khảo sát</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Imported from</source>
        <translation>Nhập từ</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Cells changed</source>
        <translation>Số ô đã sửa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Imported by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="82"/>
        <source>{n} row edited outside Surveyor</source>
        <translation>{n} dòng sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="83"/>
        <source>{n} rows edited outside Surveyor</source>
        <translation>{n} dòng sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="84"/>
        <source>{shown} of {text}</source>
        <translation>{shown} trong {text}</translation>
    </message>
</context>
<context>
    <name>OutsideTab</name>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="98"/>
        <source>Marked: each cell changed outside Surveyor, as the row was exported (sealed) on the left and as edited on the right.</source>
        <translation>Được tô màu: mỗi ô đã sửa ngoài Surveyor, bên trái là giá trị lúc xuất tệp (niêm phong), bên phải là giá trị sau khi sửa.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="100"/>
        <source>A&amp;ccept the edit</source>
        <translation>&amp;Chấp nhận bản sửa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="101"/>
        <source>Keep the edited values; the row is no longer marked</source>
        <translation>Giữ các giá trị đã sửa; dòng này không còn bị đánh dấu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="102"/>
        <source>Re&amp;vert to the sealed values</source>
        <translation>&amp;Trả lại giá trị lúc xuất tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="113"/>
        <source>Cells edited outside Surveyor</source>
        <translation>Các ô sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="114"/>
        <source>Each changed cell: the sealed value, then the edited value.</source>
        <translation>Mỗi ô đã sửa: giá trị lúc xuất tệp, rồi giá trị sau khi sửa.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="124"/>
        <source>Reading the rows edited outside Surveyor…</source>
        <translation>Đang đọc các dòng sửa ngoài Surveyor…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="149"/>
        <source>This store does not have the state the row was exported as (version {version}): the changed cells cannot be shown and the row cannot be reverted. Import the workbook it was exported in first, or accept the edit.</source>
        <translation>Kho dữ liệu này không có bản của dòng lúc xuất tệp (phiên bản {version}): không thể hiện các ô đã sửa và không thể trả lại. Hãy nhập tệp Excel đã xuất dòng này trước, hoặc chấp nhận bản sửa.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="156"/>
        <source>Save the values the row was exported with as a new version</source>
        <translation>Lưu các giá trị lúc xuất tệp thành một phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="158"/>
        <source>No rows edited outside Surveyor</source>
        <translation>Không có dòng nào sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="159"/>
        <source>Pick a row in the list</source>
        <translation>Chọn một dòng trong danh sách</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="165"/>
        <source>Cells changed: {n}</source>
        <translation>Số ô đã sửa: {n}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="172"/>
        <source>As exported (sealed)</source>
        <translation>Lúc xuất tệp (niêm phong)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="172"/>
        <source>Edited outside Surveyor</source>
        <translation>Đã sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="176"/>
        <source>imported {time}</source>
        <translation>nhập lúc {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="184"/>
        <source>Which import brought this row is not recorded.</source>
        <translation>Không ghi nhận được lần nhập nào đã đưa dòng này vào.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="185"/>
        <source>Imported from {file} by {who}, {time}.</source>
        <translation>Nhập từ {file} bởi {who}, lúc {time}.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="198"/>
        <source>Keep the values edited outside Surveyor for {name}?

The row keeps them as they are and is no longer marked as edited outside.</source>
        <translation>Giữ các giá trị đã sửa ngoài Surveyor của {name}?

Dòng này giữ nguyên các giá trị đó và không còn bị đánh dấu là sửa ngoài.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="200"/>
        <source>Accept the edit</source>
        <translation>Chấp nhận bản sửa</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="208"/>
        <source>Go back to the sealed values for {name}?

Cells changed outside Surveyor: {n}. They get the values the row was exported with again, saved as a new version.</source>
        <translation>Trả lại giá trị lúc xuất tệp cho {name}?

Số ô đã sửa ngoài Surveyor: {n}. Các ô này lấy lại giá trị lúc xuất tệp và được lưu thành một phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="211"/>
        <source>Revert to the sealed values</source>
        <translation>Trả lại giá trị lúc xuất tệp</translation>
    </message>
</context>
<context>
    <name>PairFieldsTable</name>
    <message>
        <location filename="../../surveyor/ui/pair_fields.py" line="77"/>
        <source>as sealed</source>
        <translation>như lúc xuất tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/pair_fields.py" line="78"/>
        <source>edited outside Surveyor</source>
        <translation>đã sửa ngoài Surveyor</translation>
    </message>
</context>
<context>
    <name>PairList</name>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="59"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="59"/>
        <source>Form, establishment, inspector or reason</source>
        <translation>Biểu mẫu, cơ sở, cán bộ khảo sát hoặc lý do</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="60"/>
        <source>Filter possible duplicates</source>
        <translation>Lọc các cặp có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="60"/>
        <source>Possible duplicates</source>
        <translation>Các cặp có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>First establishment</source>
        <translation>Cơ sở (phiếu thứ nhất)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>First surveyed by</source>
        <translation>Phiếu thứ nhất do</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Second establishment</source>
        <translation>Cơ sở (phiếu thứ hai)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Second surveyed by</source>
        <translation>Phiếu thứ hai do</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="69"/>
        <source>{n} possible duplicate</source>
        <translation>{n} cặp có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="70"/>
        <source>{n} possible duplicates</source>
        <translation>{n} cặp có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="71"/>
        <source>{shown} of {text}</source>
        <translation>{shown} trong {text}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../surveyor/ui/password.py" line="41"/>
        <location filename="../../surveyor/ui/password.py" line="53"/>
        <source>Password of {file}</source>
        <translation>Mật khẩu của {file}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="43"/>
        <source>The password did not open {file}. Type it again:</source>
        <translation>Mật khẩu không mở được {file}. Hãy gõ lại:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="44"/>
        <source>{file} is protected by a password. Type its password to import it:</source>
        <translation>{file} được bảo vệ bằng mật khẩu. Hãy gõ mật khẩu để nhập tệp:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="49"/>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="57"/>
        <source>&amp;Show the password</source>
        <translation>&amp;Hiện mật khẩu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="63"/>
        <source>Cancel leaves this workbook out of the import. Surveyor does not keep the password.</source>
        <translation>Bấm Hủy để bỏ tệp này ra khỏi lần nhập. Surveyor không lưu mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="130"/>
        <source>{name} · {width} × {height} px · {size} kB</source>
        <translation>{name} · {width} × {height} px · {size} kB</translation>
    </message>
</context>
<context>
    <name>PhotoWords</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="42"/>
        <source>Not attached</source>
        <translation>Chưa đính kèm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="45"/>
        <source>{name} (the file is not in this store)</source>
        <translation>{name} (tệp không có trong kho dữ liệu này)</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/text.py" line="61"/>
        <source>latitude longitude; latitude longitude; …</source>
        <translation>vĩ độ kinh độ; vĩ độ kinh độ; …</translation>
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
    <message>
        <location filename="../../surveyor/core/errors.py" line="81"/>
        <source>{file}: cannot be read to attach ({detail})</source>
        <translation>{file}: không đọc được để đính kèm ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="82"/>
        <source>{file}: {size} bytes; a file attached to an answer may have at most {limit} bytes</source>
        <translation>{file}: {size} byte; tệp đính kèm một câu trả lời chỉ được tối đa {limit} byte</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="85"/>
        <source>{file}: the picture has {pixels} pixels; at most {limit} can be attached</source>
        <translation>{file}: ảnh có {pixels} điểm ảnh; chỉ đính kèm được tối đa {limit}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="87"/>
        <source>{file}, sheet {sheet}, row {row}, column sha256: the bytes of {name} do not match its sha256 {sha256} ({detail}); refused</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột sha256: nội dung tệp {name} không khớp mã sha256 {sha256} ({detail}); từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="90"/>
        <source>{file}, sheet {sheet}, row {row}, column size: {name} has {size} bytes (the limit is {limit} bytes a file); refused</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột size: {name} có {size} byte (giới hạn {limit} byte mỗi tệp); từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="93"/>
        <source>{file}: the attached files come to {size} bytes (the limit is {limit} bytes a workbook); refused</source>
        <translation>{file}: các tệp đính kèm tổng cộng {size} byte (giới hạn {limit} byte mỗi tệp Excel); từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="96"/>
        <source>{file}: the attached files come to {size} bytes, more than a workbook may carry ({limit} bytes); export without the files (--no-media) or fewer responses</source>
        <translation>{file}: các tệp đính kèm tổng cộng {size} byte, nhiều hơn một tệp Excel mang được ({limit} byte); hãy xuất không kèm tệp (--no-media) hoặc ít phiếu hơn</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="100"/>
        <source>{file}: holds macros ({part}); a sync workbook holds data only: save it as an Excel workbook (.xlsx) without macros and import that</source>
        <translation>{file}: có chứa macro ({part}); sổ đồng bộ chỉ chứa dữ liệu: hãy lưu lại thành sổ Excel (.xlsx) không có macro rồi nhập tệp đó</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="103"/>
        <source>{file}: {part} links to {target} outside the workbook; a sync workbook holds its data itself: remove the link and import again</source>
        <translation>{file}: {part} liên kết tới {target} ở ngoài sổ; sổ đồng bộ tự chứa dữ liệu của mình: hãy bỏ liên kết rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="106"/>
        <source>{file}: holds {part}, which spreadsheet programs do not put in a workbook (an embedded object or a file added by hand?); refused</source>
        <translation>{file}: có chứa {part}, thứ mà chương trình bảng tính không đặt vào sổ (một đối tượng nhúng, hay một tệp được thêm bằng tay?); không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="109"/>
        <source>{file}: {detail}: programs could read different data from it; refused</source>
        <translation>{file}: {detail}: các chương trình có thể đọc ra những dữ liệu khác nhau từ tệp này; không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="111"/>
        <source>{file}: {part} unpacks to {size} bytes from {packed} (more than {limit} times its size: a zip bomb?); refused unread</source>
        <translation>{file}: {part} giải nén ra {size} byte từ {packed} byte (hơn {limit} lần kích thước: bom zip?); không chấp nhận, không đọc</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="114"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: cell {cell} holds a formula; a sync workbook holds values only: replace it by its value and import again</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: ô {cell} chứa công thức; sổ đồng bộ chỉ chứa giá trị: hãy thay công thức bằng giá trị của nó rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="117"/>
        <source>{file}, sheet {sheet}: cells {cells} are merged; each cell of a sync sheet holds its own value: unmerge them and import again</source>
        <translation>{file}, trang tính {sheet}: các ô {cells} bị gộp; mỗi ô của trang đồng bộ giữ giá trị riêng: hãy bỏ gộp ô rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="120"/>
        <source>{file}, sheet {sheet}: the sheet is hidden, and data nobody can see is not imported: unhide it (or delete it) and import again</source>
        <translation>{file}, trang tính {sheet}: trang tính bị ẩn, và dữ liệu không ai nhìn thấy thì không được nhập: hãy hiện trang đó (hoặc xoá nó) rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="123"/>
        <source>{file}, sheet {sheet}: reaches row {rows}, the last row a sheet has, so rows may have been cut off; export in parts (--form, --since) and import those</source>
        <translation>{file}, trang tính {sheet}: chạm tới dòng {rows}, dòng cuối cùng của một trang tính, nên có thể đã mất các dòng sau đó; hãy xuất thành nhiều phần (--form, --since) rồi nhập từng phần</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="126"/>
        <source>{file}, sheet {sheet}: holds {found} rows, but the _manifest sheet says {stated}: rows were added or removed outside Surveyor (or the file was cut); if that was meant, correct the count on the _manifest sheet</source>
        <translation>{file}, trang tính {sheet}: có {found} dòng, nhưng trang _manifest ghi {stated}: có dòng đã bị thêm hoặc xoá ngoài Surveyor (hoặc tệp bị cắt); nếu đúng là cố ý, hãy sửa con số trên trang _manifest</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="130"/>
        <source>{file}, sheet {sheet}: carries {found} attached files, but the _manifest sheet says {stated}: files were removed or added outside Surveyor; refused</source>
        <translation>{file}, trang tính {sheet}: mang {found} tệp đính kèm, nhưng trang _manifest ghi {stated}: có tệp đã bị xoá hoặc thêm ngoài Surveyor; không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="133"/>
        <source>{file}, sheet {sheet}: holds data of form {form_id}, but the _manifest sheet does not list it; refused rather than ignored (delete the sheet or export again)</source>
        <translation>{file}, trang tính {sheet}: chứa dữ liệu của biểu mẫu {form_id}, nhưng trang _manifest không liệt kê nó; không chấp nhận thay vì bỏ qua (hãy xoá trang đó hoặc xuất lại)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="138"/>
        <source>{file}: the workbook is protected by a password; give the password to import it</source>
        <translation>{file}: tệp Excel được bảo vệ bằng mật khẩu; hãy nhập mật khẩu để nhập tệp</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="141"/>
        <source>{file}: the password does not open this workbook</source>
        <translation>{file}: mật khẩu không mở được tệp Excel này</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="143"/>
        <source>{file}: an empty password protects nothing; give one, or export without</source>
        <translation>{file}: mật khẩu trống không bảo vệ được gì; hãy đặt mật khẩu, hoặc xuất không có mật khẩu</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="146"/>
        <source>{uuid} is on both sides: a possible duplicate is two different responses</source>
        <translation>{uuid} ở cả hai bên: phiếu có thể trùng phải là hai phiếu khác nhau</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="148"/>
        <source>response {uuid} is deleted (or merged into another); only responses that are not can be merged</source>
        <translation>phiếu {uuid} đã bị xoá (hoặc đã gộp vào phiếu khác); chỉ gộp được các phiếu chưa bị xoá</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="151"/>
        <source>{uuid} is a response of form {form_id}, {other} of form {other_form_id}: only responses of one form can be duplicates</source>
        <translation>{uuid} là phiếu của biểu mẫu {form_id}, {other} của biểu mẫu {other_form_id}: chỉ các phiếu cùng một biểu mẫu mới có thể trùng nhau</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="154"/>
        <source>merging {drop} into {keep}: no field {field} (fields that differ: {fields})</source>
        <translation>gộp {drop} vào {keep}: không có trường {field} (các trường khác nhau: {fields})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="156"/>
        <source>merging {drop} into {keep}: {side} is not a side; say keep or drop</source>
        <translation>gộp {drop} vào {keep}: {side} không phải một bên; hãy chọn keep (giữ) hoặc drop (bỏ)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="158"/>
        <source>response {uuid} has no edit made outside Surveyor to review</source>
        <translation>phiếu {uuid} không có chỉnh sửa nào ngoài Surveyor cần xem lại</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="160"/>
        <source>response {uuid}: the state {version} its row was sealed as is not in this store, so the edit made outside Surveyor cannot be reverted (accept it, or import the workbook that state came in first)</source>
        <translation>phiếu {uuid}: trạng thái {version} mà dòng này được niêm phong không có trong kho dữ liệu này, nên không hoàn tác được chỉnh sửa ngoài Surveyor (hãy chấp nhận nó, hoặc nhập trước tệp Excel chứa trạng thái đó)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="165"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: indicator {name}: {detail}</source>
        <translation>{file}, trang tính {sheet}, dòng {row}, cột {column}: chỉ tiêu {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="168"/>
        <source>no indicator definitions (indicators.xlsx) in {folders}</source>
        <translation>không có định nghĩa chỉ tiêu (indicators.xlsx) trong {folders}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="170"/>
        <source>{file}: no indicator can be computed ({count} findings; the first: {first})</source>
        <translation>{file}: không tính được chỉ tiêu nào ({count} lỗi; lỗi đầu tiên: {first})</translation>
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
    <name>RankEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="63"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="64"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="65"/>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="144"/>
        <source>Ranked: first is most important.</source>
        <translation>Đã xếp hạng: mục đầu tiên là quan trọng nhất.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="145"/>
        <source>Not ranked yet: move items with Ctrl+↑ and Ctrl+↓, or press Space to keep this order.</source>
        <translation>Chưa xếp hạng: di chuyển các mục bằng Ctrl+↑ và Ctrl+↓, hoặc nhấn Space để giữ thứ tự này.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="42"/>
        <source>Consolidated report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="61"/>
        <source>Writing the consolidated report {file}…</source>
        <translation>Đang ghi báo cáo tổng hợp {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="64"/>
        <source>Report cancelled; nothing was written</source>
        <translation>Đã hủy báo cáo; chưa ghi gì</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="71"/>
        <source>Report written</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="72"/>
        <source>Wrote the consolidated report to
{path}

{n} indicators; {met} of the {targets} with a target are met city-wide.</source>
        <translation>Đã ghi báo cáo tổng hợp vào
{path}

{n} chỉ tiêu; {met} trong {targets} chỉ tiêu có mục tiêu đạt trên toàn thành phố.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="77"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
    <name>ReviewTab</name>
    <message>
        <location filename="../../surveyor/ui/review_tab.py" line="67"/>
        <source>Show &amp;all fields</source>
        <translation>Hiện tất cả các t&amp;rường</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="79"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="93"/>
        <source>{m}:{s:02d} so far</source>
        <translation>đã chạy {m}:{s:02d}</translation>
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
    <name>Thumbnail</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="150"/>
        <source>Open the photo (Space)</source>
        <translation>Mở ảnh (phím Cách)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="167"/>
        <source>Photo {name}</source>
        <translation>Ảnh {name}</translation>
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
    <name>WardBars</name>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="78"/>
        <source>No ward has a result for this indicator</source>
        <translation>Chưa phường, xã nào có kết quả cho chỉ tiêu này</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="105"/>
        <source>target {target}</source>
        <translation>mục tiêu {target}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>merged by themselves</source>
        <translation>tự hợp nhất</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>older than here</source>
        <translation>cũ hơn bản trên máy</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>conflicts</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="48"/>
        <source>edited outside Surveyor</source>
        <translation>sửa ngoài Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="49"/>
        <source>possible duplicates</source>
        <translation>có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="49"/>
        <source>refused files</source>
        <translation>tệp bị từ chối</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="54"/>
        <source>Refused: {reason}</source>
        <translation>Không chấp nhận: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="61"/>
        <source>Not a form</source>
        <translation>Không phải biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="63"/>
        <source>{title} (form {form_id}, version {version})</source>
        <translation>{title} (biểu mẫu {form_id}, phiên bản {version})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="65"/>
        <source>{questions} questions, {groups} groups, {repeats} repeats</source>
        <translation>{questions} câu hỏi, {groups} nhóm, {repeats} nhóm lặp</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="68"/>
        <source>Ready to use: added to your forms.</source>
        <translation>Sẵn sàng sử dụng: đã thêm vào danh sách biểu mẫu của bạn.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="69"/>
        <source>Not usable as it is: see the list above. It was not added.</source>
        <translation>Chưa dùng được như hiện tại: xem danh sách ở trên. Biểu mẫu chưa được thêm.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="76"/>
        <source>Refused</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="80"/>
        <source>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</source>
        <translation>Đã xảy ra lỗi mà Surveyor không lường trước. Dữ liệu đã lưu trước đó vẫn được giữ nguyên.
Chi tiết có trong {log}.</translation>
    </message>
</context>
</TS>
