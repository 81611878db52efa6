<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Không có sản phẩm nào khớp với “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::AddClerkDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>Ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>PIN (4 digits, optional):</source>
        <translation>Mã PIN (4 chữ số, không bắt buộc):</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Nhập lại mã PIN:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The PIN only keeps colleagues from working under your name by mistake.</source>
        <translation>Mã PIN chỉ để đồng nghiệp không nhầm làm việc dưới tên của bạn.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Hãy gõ tên người này.</translation>
    </message>
    <message>
        <source>A PIN has exactly 4 digits, or leave it empty.</source>
        <translation>Mã PIN gồm đúng 4 chữ số, hoặc để trống.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN chưa giống nhau.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::BulkEditDialog</name>
    <message>
        <source>Change prices by</source>
        <translation>Đổi giá thêm</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Chuyển sang danh mục</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Đặt trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>Change %n product(s)</source>
        <translation><numerusform>Sửa %n sản phẩm</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The changes you tick apply to the %n product(s) you chose. Each product keeps its own history line, as if edited one by one.</source>
        <translation><numerusform>Những thay đổi bạn đánh dấu sẽ áp dụng cho %n sản phẩm đã chọn. Lịch sử của từng sản phẩm vẫn ghi lại riêng, như khi sửa từng cái.</numerusform></translation>
    </message>
    <message>
        <source>5 or -10</source>
        <translation>5 hoặc -10</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <source>rounded to %1</source>
        <translation>làm tròn đến %1</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Làm tròn</translation>
    </message>
    <message>
        <source>For example: Nông sản/Gạo (empty: no category)</source>
        <translation>Ví dụ: Nông sản/Gạo (để trống: không có danh mục)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <source>Archived (kept, no longer sold)</source>
        <translation>Lưu trữ (giữ lại, không bán nữa)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the percentage as a number from -99,99 to 1000, such as 5 (up) or -10 (down).</source>
        <translation>Hãy gõ phần trăm là một số từ -99,99 đến 1000, ví dụ 5 (tăng) hoặc -10 (giảm).</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Chưa thay đổi gì</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n product(s).</source>
        <translation><numerusform>Đã sửa %n sản phẩm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not changed, for example “%1”: %2</source>
        <translation><numerusform>%n sản phẩm không sửa được, ví dụ “%1”: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoPhien::CertificationsTab</name>
    <message>
        <source>&amp;Add a certification</source>
        <translation>&amp;Thêm chứng nhận</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Valid until (dd/mm/yyyy)</source>
        <translation>Hiệu lực đến (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>For example VietGAP, organic (hữu cơ), GlobalGAP, HACCP or ISO 22000, with the number on the certificate.</source>
        <translation>Ví dụ VietGAP, hữu cơ, GlobalGAP, HACCP hoặc ISO 22000, kèm số ghi trên giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Write the expiry date as day/month/year, for example 31/12/2026.</source>
        <translation>Hãy viết ngày hết hạn theo dạng ngày/tháng/năm, ví dụ 31/12/2026.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ClerkPickerDialog</name>
    <message>
        <source>Who is working now?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Choose your name. Everything you change is recorded under it.</source>
        <translation>Hãy chọn tên của bạn. Mọi thay đổi bạn làm sẽ được ghi dưới tên này.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người làm việc</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Bắt đầu làm việc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Mã PIN chưa đúng. Bạn thử lại nhé.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::CountStockDialog</name>
    <message>
        <source>Stock count</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <source>Counted quantity:</source>
        <translation>Số lượng đếm được:</translation>
    </message>
    <message>
        <source>Will record:</source>
        <translation>Sẽ ghi:</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>Lưu kiểm kê</translation>
    </message>
    <message>
        <source>type what you counted</source>
        <translation>nhập số bạn đếm được</translation>
    </message>
    <message>
        <source>nothing: the count agrees with the ledger</source>
        <translation>không có gì: số đếm khớp với sổ kho</translation>
    </message>
    <message>
        <source>an adjustment of +%1 (more than the ledger says)</source>
        <translation>điều chỉnh +%1 (nhiều hơn sổ kho)</translation>
    </message>
    <message>
        <source>an adjustment of −%1 (less than the ledger says)</source>
        <translation>điều chỉnh −%1 (ít hơn sổ kho)</translation>
    </message>
    <message>
        <source>The count of %1 agrees with the ledger; nothing was recorded.</source>
        <translation>Số đếm của %1 khớp với sổ kho; không cần ghi gì.</translation>
    </message>
    <message>
        <source>Counted %1: recorded an adjustment of %2.</source>
        <translation>Đã kiểm kê %1: ghi điều chỉnh %2.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::DesktopApp</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Dữ liệu làm việc bị hỏng</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Khôi phục bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Không khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Không mở được không gian làm việc</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Không tạo được dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Không tạo được không gian làm việc</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Chọn thư mục không gian làm việc</translation>
    </message>
    <message>
        <source>While checking this workspace, Chợ Phiên found that its file %1 is damaged, and there is no backup to restore. No backup was made of the damaged file.

Copy the whole folder %2 to a USB stick now, and ask someone who knows computers to help before you enter more work.</source>
        <translation>Khi kiểm tra không gian làm việc này, Chợ Phiên thấy tệp %1 bị hỏng, và chưa có bản sao lưu nào để khôi phục. Tệp bị hỏng không được sao lưu.

Hãy chép ngay cả thư mục %2 sang USB, rồi nhờ người rành máy tính giúp trước khi nhập thêm công việc.</translation>
    </message>
    <message>
        <source>While checking this workspace, Chợ Phiên found that its file %1 is damaged. No backup was made of it, so your earlier backups are safe.

Restoring the latest backup brings your work back as it was on %2; what you changed after that is lost. The damaged file is kept beside it.</source>
        <translation>Khi kiểm tra không gian làm việc này, Chợ Phiên thấy tệp %1 bị hỏng. Tệp này không được sao lưu, nên các bản sao lưu trước của bạn vẫn an toàn.

Khôi phục bản sao lưu gần nhất sẽ đưa dữ liệu về như lúc %2; những gì bạn thay đổi sau lúc đó sẽ mất. Tệp bị hỏng vẫn được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Đang khôi phục bản sao lưu gần nhất…</translation>
    </message>
</context>
<context>
    <name>ChoPhien::HoldStockDialog</name>
    <message>
        <source>Hold goods for a buyer</source>
        <translation>Giữ hàng cho người mua</translation>
    </message>
    <message>
        <source>Quantity to hold:</source>
        <translation>Số lượng giữ:</translation>
    </message>
    <message>
        <source>for example: chị Lan, đơn Zalo</source>
        <translation>ví dụ: chị Lan, đơn Zalo</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Giữ cho</translation>
    </message>
    <message>
        <source>Held for:</source>
        <translation>Giữ cho:</translation>
    </message>
    <message>
        <source>From lot:</source>
        <translation>Từ lô hàng:</translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation>Lô nào cũng được</translation>
    </message>
    <message>
        <source>optional, for example: picks up on Saturday</source>
        <translation>không bắt buộc, ví dụ: thứ Bảy lấy hàng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Giữ hàng</translation>
    </message>
    <message>
        <source>Holding %1 of %2 for %3.</source>
        <translation>Đang giữ %1 %2 cho %3.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::MainWindow</name>
    <message>
        <source>About Chợ Phiên</source>
        <translation>Giới thiệu Chợ Phiên</translation>
    </message>
    <message>
        <source>Chợ Phiên %1 — the seller workstation for Vietnam&apos;s unified e-commerce platform. It works offline and sends your work to the platform when there is a connection.</source>
        <translation>Chợ Phiên %1 — phần mềm bán hàng cho sàn thương mại điện tử thống nhất của Việt Nam. Phần mềm làm việc được khi không có mạng và gửi công việc của bạn lên sàn khi có kết nối.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Không gian làm việc &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Mở không gian làm việc…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Mở &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About Chợ Phiên</source>
        <translation>&amp;Giới thiệu Chợ Phiên</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Find products</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>Sản &amp;phẩm mới…</translation>
    </message>
</context>
<context>
    <name>ChoPhien::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Không gian làm việc mới</translation>
    </message>
    <message>
        <source>For example: HTX Nông sản Xuân Phong</source>
        <translation>Ví dụ: HTX Nông sản Xuân Phong</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>Ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Tên không gian làm việc</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Cooperative or shop name:</source>
        <translation>Tên hợp tác xã hoặc cửa hàng:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tên của bạn:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Lưu tại:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Nơi lưu không gian làm việc</translation>
    </message>
    <message>
        <source>Type the name of your cooperative or shop.</source>
        <translation>Hãy gõ tên hợp tác xã hoặc cửa hàng của bạn.</translation>
    </message>
    <message>
        <source>Type your name: your work is recorded under it.</source>
        <translation>Hãy gõ tên của bạn: công việc của bạn được ghi dưới tên này.</translation>
    </message>
    <message>
        <source>Choose where to keep the workspace.</source>
        <translation>Hãy chọn nơi lưu không gian làm việc.</translation>
    </message>
    <message>
        <source>That folder already holds a workspace. Choose another folder, or open it instead.</source>
        <translation>Thư mục này đã có một không gian làm việc. Hãy chọn thư mục khác, hoặc mở không gian làm việc đó.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::OriginPicker</name>
    <message>
        <source>Type a few letters of the commune</source>
        <translation>Gõ vài chữ của tên xã/phường</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>No origin</source>
        <translation>Không ghi xuất xứ</translation>
    </message>
    <message>
        <source>Loading the list of communes…</source>
        <translation>Đang tải danh sách xã/phường…</translation>
    </message>
    <message>
        <source>No commune or ward matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Không có xã/phường nào khớp với “%1”. Hãy kiểm tra chính tả, hoặc gõ ít chữ hơn.</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 was split. Choose where the product is made:</source>
        <translation>Trước 7/2025: %1 đã được chia. Hãy chọn nơi làm ra sản phẩm:</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 → now %2</source>
        <translation>Trước 7/2025: %1 → nay là %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one where the product is made.</source>
        <translation><numerusform>Từ tháng 7/2025, %1 đã được chia cho %n xã/phường. Hãy chọn nơi làm ra sản phẩm.</numerusform></translation>
    </message>
    <message>
        <source>No origin chosen.</source>
        <translation>Chưa chọn xuất xứ.</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>mã chưa biết %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Đã chọn: %1</translation>
    </message>
    <message>
        <source>Chosen: %1 (was %2 before July 2025)</source>
        <translation>Đã chọn: %1 (trước 7/2025 là %2)</translation>
    </message>
    <message>
        <source>No commune</source>
        <translation>Chưa có xã</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 was split. Choose where the household lives:</source>
        <translation>Trước 7/2025: %1 đã được chia tách. Hãy chọn nơi hộ đang sống:</translation>
    </message>
    <message numerus="yes">
        <source>%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one where the household lives.</source>
        <translation><numerusform>%1 đã được chia cho %n xã/phường từ tháng 7/2025. Hãy chọn nơi hộ đang sống.</numerusform></translation>
    </message>
    <message>
        <source>No commune chosen.</source>
        <translation>Chưa chọn xã.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductBasicsTab</name>
    <message>
        <source>Type an amount in đồng, for example 25.000 or 25k.</source>
        <translation>Hãy gõ số tiền bằng đồng, ví dụ 25.000 hoặc 25k.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n sao</numerusform></translation>
    </message>
    <message>
        <source>For example: Mật ong rừng U Minh</source>
        <translation>Ví dụ: Mật ong rừng U Minh</translation>
    </message>
    <message>
        <source>Suggested from the name</source>
        <translation>Gợi ý từ tên sản phẩm</translation>
    </message>
    <message>
        <source>13 digits, or scan it</source>
        <translation>13 chữ số, hoặc quét mã</translation>
    </message>
    <message>
        <source>kg, hộp, chai…</source>
        <translation>kg, hộp, chai…</translation>
    </message>
    <message>
        <source>For example: 25.000 or 25k</source>
        <translation>Ví dụ: 25.000 hoặc 25k</translation>
    </message>
    <message>
        <source>Empty: no sale</source>
        <translation>Để trống: không khuyến mãi</translation>
    </message>
    <message>
        <source>Separated by commas: quà Tết, OCOP</source>
        <translation>Cách nhau bằng dấu phẩy: quà Tết, OCOP</translation>
    </message>
    <message>
        <source>For example: Nông sản/Gạo</source>
        <translation>Ví dụ: Nông sản/Gạo</translation>
    </message>
    <message>
        <source>Member household</source>
        <translation>Hộ thành viên</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Mã hàng:</translation>
    </message>
    <message>
        <source>&amp;Barcode (EAN-13):</source>
        <translation>Mã vạch (&amp;EAN-13):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Giá:</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Giá &amp;khuyến mãi:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <source>Product &amp;group:</source>
        <translation>Nhóm sản &amp;phẩm:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Danh mục:</translation>
    </message>
    <message>
        <source>Pr&amp;oducer:</source>
        <translation>&amp;Hộ sản xuất:</translation>
    </message>
    <message>
        <source>Producer&apos;s p&amp;hone:</source>
        <translation>Số đ&amp;iện thoại hộ sản xuất:</translation>
    </message>
    <message>
        <source>OCOP &amp;rating:</source>
        <translation>Hạng &amp;OCOP:</translation>
    </message>
    <message>
        <source>OCOP certi&amp;ficate:</source>
        <translation>Giấy &amp;chứng nhận OCOP:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>hiệu lực đến %1</translation>
    </message>
    <message>
        <source>This OCOP rating expired on %1: it can no longer be shown on the product until it is renewed.</source>
        <translation>Hạng OCOP này đã hết hạn ngày %1: không được ghi trên sản phẩm cho đến khi được công nhận lại.</translation>
    </message>
    <message>
        <source>This OCOP rating expires on %1: apply for its renewal now.</source>
        <translation>Hạng OCOP này hết hạn ngày %1: hãy làm hồ sơ đánh giá lại ngay.</translation>
    </message>
    <message>
        <source>Or&amp;igin:</source>
        <translation>&amp;Xuất xứ:</translation>
    </message>
    <message>
        <source>Producer&apos;s co&amp;mmune:</source>
        <translation>Xã của hộ &amp;sản xuất:</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductEditorDialog</name>
    <message>
        <source>Basics</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>Label &amp;&amp; storage</source>
        <translation>Nhãn &amp;&amp; bảo quản</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Save, then type the next product (Ctrl+Enter)</source>
        <translation>Lưu rồi gõ sản phẩm tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save on this computer (Enter)</source>
        <translation>Lưu trên máy này (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Another product already has the SKU “%1”.</source>
        <translation>Đã có sản phẩm khác dùng mã hàng “%1”.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Sản phẩm: %1</translation>
    </message>
    <message>
        <source>The product was not saved</source>
        <translation>Chưa lưu được sản phẩm</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>Đã lưu “%1” trên máy.</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer. Type the next product.</source>
        <translation>Đã lưu “%1” trên máy. Mời gõ sản phẩm tiếp theo.</translation>
    </message>
    <message>
        <source>Copy without saving?</source>
        <translation>Sao chép mà không lưu?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. The copy starts from what the form shows now; “%1” stays as it was last saved.</source>
        <translation>Các thay đổi của bạn ở “%1” chưa được lưu. Bản sao lấy theo những gì đang hiện trên biểu mẫu; “%1” vẫn giữ như lần lưu gần nhất.</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Tạo bản sao</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>This is a new copy: change what differs, then save it.</source>
        <translation>Đây là bản sao mới: hãy sửa những chỗ khác rồi lưu lại.</translation>
    </message>
    <message>
        <source>The save was not undone</source>
        <translation>Chưa hoàn tác được lần lưu</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The changes you made are not saved. If you close now, they are lost.</source>
        <translation>Các thay đổi của bạn chưa được lưu. Nếu đóng bây giờ, chúng sẽ mất.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Save and add next</source>
        <translation>Lưu và thêm tiếp</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Variants &amp;&amp; units</source>
        <translation>Biến thể &amp;&amp; đơn vị</translation>
    </message>
    <message>
        <source>This product still has stock of its own. Stock is kept per variant: count it down to zero first, or make a new product for the variants.</source>
        <translation>Sản phẩm này vẫn còn tồn kho của riêng nó. Tồn kho được giữ theo từng biến thể: hãy kiểm kê về 0 trước, hoặc tạo sản phẩm mới cho các biến thể.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductFilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Mọi nhóm hàng</translation>
    </message>
    <message>
        <source>OCOP: any</source>
        <translation>OCOP: tất cả</translation>
    </message>
    <message>
        <source>OCOP rated</source>
        <translation>Có sao OCOP</translation>
    </message>
    <message>
        <source>OCOP 3 stars</source>
        <translation>OCOP 3 sao</translation>
    </message>
    <message>
        <source>OCOP 4 stars</source>
        <translation>OCOP 4 sao</translation>
    </message>
    <message>
        <source>OCOP 5 stars</source>
        <translation>OCOP 5 sao</translation>
    </message>
    <message>
        <source>Not OCOP rated</source>
        <translation>Chưa có sao OCOP</translation>
    </message>
    <message>
        <source>Any stock</source>
        <translation>Mọi mức tồn kho</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>On sale and archived</source>
        <translation>Đang bán và đã lưu trữ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Nhóm hàng</translation>
    </message>
    <message>
        <source>OCOP rating</source>
        <translation>hạng OCOP</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Bỏ mọi bộ lọc</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Sắp hết hàng</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Sắp hết hạn</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductHistoryTab</name>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>mã vạch</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>product group</source>
        <translation>nhóm sản phẩm</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>net quantity</source>
        <translation>định lượng</translation>
    </message>
    <message>
        <source>price</source>
        <translation>giá</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>giá khuyến mãi</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>hộ sản xuất</translation>
    </message>
    <message>
        <source>producer&apos;s phone</source>
        <translation>số điện thoại hộ sản xuất</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>xuất xứ</translation>
    </message>
    <message>
        <source>OCOP rating</source>
        <translation>hạng OCOP</translation>
    </message>
    <message>
        <source>ingredients</source>
        <translation>thành phần</translation>
    </message>
    <message>
        <source>allergens</source>
        <translation>chất gây dị ứng</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>cách bảo quản</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>cách dùng</translation>
    </message>
    <message>
        <source>shelf life</source>
        <translation>hạn dùng</translation>
    </message>
    <message>
        <source>package weight</source>
        <translation>khối lượng kiện</translation>
    </message>
    <message>
        <source>package size</source>
        <translation>kích thước kiện</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>chứng nhận</translation>
    </message>
    <message>
        <source>Changes to this product</source>
        <translation>Các lần thay đổi sản phẩm này</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Added the product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <source>Archived the product</source>
        <translation>Lưu trữ sản phẩm</translation>
    </message>
    <message>
        <source>Changed the %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>producer&apos;s commune</source>
        <translation>xã của hộ sản xuất</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductLabelTab</name>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dài</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Net &amp;quantity:</source>
        <translation>&amp;Định lượng:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Thành phần:</translation>
    </message>
    <message>
        <source>&amp;Allergens:</source>
        <translation>Chất gây &amp;dị ứng:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Bảo quản:</translation>
    </message>
    <message>
        <source>S&amp;helf life:</source>
        <translation>&amp;Hạn dùng:</translation>
    </message>
    <message>
        <source>Package &amp;weight:</source>
        <translation>&amp;Khối lượng cả bao bì:</translation>
    </message>
    <message>
        <source>Package si&amp;ze (L × W × H):</source>
        <translation>&amp;Kích thước kiện (D × R × C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Type a number, for example 500 or 1,5 (the unit is chosen beside it).</source>
        <translation>Hãy gõ một số, ví dụ 500 hoặc 1,5 (đơn vị chọn ở bên cạnh).</translation>
    </message>
    <message>
        <source>e.g. 500 or 1,5</source>
        <translation>ví dụ 500 hoặc 1,5</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Cách dùng:</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductListModel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n sao</numerusform></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n variant(s)</source>
        <translation><numerusform>%1 · %n loại</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductUnitsBox</name>
    <message>
        <source>Add a selling &amp;unit</source>
        <translation>Thêm đơn vị &amp;bán</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Bỏ đơn vị</translation>
    </message>
    <message>
        <source>Selling units</source>
        <translation>Đơn vị bán</translation>
    </message>
    <message>
        <source>Sold also in bigger packs? For example 1 bao = 50 kg: unit “bao”, holds 50.</source>
        <translation>Có bán theo bao, thùng lớn hơn không? Ví dụ 1 bao = 50 kg: đơn vị “bao”, chứa 50.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Holds (in the product&apos;s unit)</source>
        <translation>Chứa (theo đơn vị của sản phẩm)</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>Chứa (%1)</translation>
    </message>
    <message>
        <source>Type how much one %1 holds, for example 50 or 0,5.</source>
        <translation>Hãy gõ một %1 chứa bao nhiêu, ví dụ 50 hoặc 0,5.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductVariantsTab</name>
    <message>
        <source>Add a &amp;variant</source>
        <translation>Thêm &amp;biến thể</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Bỏ biến thể</translation>
    </message>
    <message>
        <source>For example: Dung tích</source>
        <translation>Ví dụ: Dung tích</translation>
    </message>
    <message>
        <source>Optional, for example: Loại</source>
        <translation>Không bắt buộc, ví dụ: Loại</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Biến thể</translation>
    </message>
    <message>
        <source>&amp;First option:</source>
        <translation>Tùy chọn &amp;thứ nhất:</translation>
    </message>
    <message>
        <source>S&amp;econd option:</source>
        <translation>Tùy chọn thứ &amp;hai:</translation>
    </message>
    <message>
        <source>Sold in several sizes or grades? Name what differs, then add one row per variant: each has its own SKU, barcode, price and stock.</source>
        <translation>Bán nhiều cỡ hoặc nhiều loại? Hãy đặt tên cho điểm khác nhau, rồi thêm mỗi biến thể một dòng: mỗi biến thể có mã hàng, mã vạch, giá và tồn kho riêng.</translation>
    </message>
    <message>
        <source>Selling units</source>
        <translation>Đơn vị bán</translation>
    </message>
    <message>
        <source>First option</source>
        <translation>Tùy chọn thứ nhất</translation>
    </message>
    <message>
        <source>Second option</source>
        <translation>Tùy chọn thứ hai</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Mã vạch</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Type each variant&apos;s price in đồng, for example 25.000 or 25k.</source>
        <translation>Hãy gõ giá của từng biến thể bằng đồng, ví dụ 25.000 hoặc 25k.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n sản phẩm</numerusform></translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Danh sách sản phẩm</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Chưa có sản phẩm nào</translation>
    </message>
    <message>
        <source>Add your first product, or bring in your product list from Excel. To look around first, open the demo workspace: it has sample products you can try everything on.</source>
        <translation>Hãy thêm sản phẩm đầu tiên, hoặc nhập danh sách sản phẩm từ Excel. Nếu muốn xem thử trước, hãy mở dữ liệu mẫu: ở đó có sẵn sản phẩm để bạn tập mọi thao tác.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Không có sản phẩm nào khớp với “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them</source>
        <translation><numerusform>%n kết quả đầu tiên; gõ thêm để thu hẹp</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>Tìm thấy %n sản phẩm</numerusform></translation>
    </message>
    <message>
        <source>Search by name, SKU, barcode, producer… (Ctrl+F)</source>
        <translation>Tìm theo tên, mã hàng, mã vạch, hộ sản xuất… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Thêm sản phẩm (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>The save was not undone</source>
        <translation>Chưa hoàn tác được lần lưu</translation>
    </message>
    <message numerus="yes">
        <source>Change %n chosen product(s)…</source>
        <translation><numerusform>Sửa %n sản phẩm đã chọn…</numerusform></translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>Không có sản phẩm nào khớp bộ lọc</translation>
    </message>
    <message>
        <source>Change the price, category or status of every chosen product at once</source>
        <translation>Sửa giá, danh mục hoặc trạng thái của mọi sản phẩm đã chọn cùng một lúc</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Lưu trữ thay vì xóa?</translation>
    </message>
    <message>
        <source>“%1” has stock history, so it is archived instead of deleted: it keeps its history and is no longer sold. You can put it on sale again later.</source>
        <translation>“%1” đã có lịch sử kho nên sẽ được lưu trữ thay vì xóa: sản phẩm giữ nguyên lịch sử và không bán nữa. Sau này bạn có thể bán lại.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Delete this product?</source>
        <translation>Xóa sản phẩm này?</translation>
    </message>
    <message>
        <source>“%1” has no stock history. Deleting removes it from the list for good.</source>
        <translation>“%1” chưa có lịch sử kho. Xóa sẽ bỏ hẳn sản phẩm khỏi danh sách.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Chưa thay đổi gì</translation>
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation>Đã lưu trữ “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ReceiveStockDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Nhập kho</translation>
    </message>
    <message>
        <source>Quantity received:</source>
        <translation>Số lượng nhập:</translation>
    </message>
    <message>
        <source>empty: a lot code is made for today</source>
        <translation>để trống: tự đặt mã lô theo ngày hôm nay</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Mã lô hàng</translation>
    </message>
    <message>
        <source>Lot code:</source>
        <translation>Mã lô hàng:</translation>
    </message>
    <message>
        <source>Harvested on:</source>
        <translation>Ngày thu hoạch:</translation>
    </message>
    <message>
        <source>Produced on:</source>
        <translation>Ngày sản xuất:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Hạn dùng:</translation>
    </message>
    <message>
        <source>the member household, for example Hộ Lò Văn Páo</source>
        <translation>hộ thành viên, ví dụ Hộ Lò Văn Páo</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Hộ thành viên cung cấp</translation>
    </message>
    <message>
        <source>Supplied by:</source>
        <translation>Hộ thành viên cung cấp:</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhập kho</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or leave empty</source>
        <translation>ngày/tháng/năm, hoặc để trống</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as day/month/year, for example 23/11/2026.</source>
        <translation>“%1” không phải là ngày. Hãy viết ngày/tháng/năm, ví dụ 23/11/2026.</translation>
    </message>
    <message>
        <source>Received %1 of %2 into lot %3.</source>
        <translation>Đã nhập %1 %2 vào lô %3.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SellStockDialog</name>
    <message>
        <source>Sell at the market</source>
        <translation>Bán tại chợ</translation>
    </message>
    <message>
        <source>Quantity sold:</source>
        <translation>Số lượng bán:</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Lấy từ:</translation>
    </message>
    <message>
        <source>optional, for example the buyer</source>
        <translation>không bắt buộc, ví dụ tên người mua</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Record the sale</source>
        <translation>Ghi bán hàng</translation>
    </message>
    <message>
        <source>the lots that expire first</source>
        <translation>các lô hết hạn trước</translation>
    </message>
    <message>
        <source>stock in no lot</source>
        <translation>hàng không thuộc lô nào</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lô %1</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(hết hạn %1)</translation>
    </message>
    <message>
        <source>%1 is missing: not enough stock that can be sold.</source>
        <translation>Còn thiếu %1: không đủ hàng có thể bán.</translation>
    </message>
    <message>
        <source>Sold %1 of %2 at the market.</source>
        <translation>Đã bán %1 %2 tại chợ.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SettingsPage</name>
    <message>
        <source>working now</source>
        <translation>đang làm việc</translation>
    </message>
    <message>
        <source>has a PIN</source>
        <translation>có mã PIN</translation>
    </message>
    <message>
        <source>Name: %1
Folder: %2
Data version: %3</source>
        <translation>Tên: %1
Thư mục: %2
Phiên bản dữ liệu: %3</translation>
    </message>
    <message>
        <source>Could not add the person</source>
        <translation>Không thêm được người này</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>People who work on this computer</source>
        <translation>Những người làm việc trên máy này</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người làm việc</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Change who is working…</source>
        <translation>Đổi người đang làm việc…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Không gian làm việc</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SpoilStockDialog</name>
    <message>
        <source>Write off spoilage</source>
        <translation>Ghi hàng hỏng</translation>
    </message>
    <message>
        <source>Quantity spoiled:</source>
        <translation>Số lượng hỏng:</translation>
    </message>
    <message>
        <source>From lot:</source>
        <translation>Từ lô hàng:</translation>
    </message>
    <message>
        <source>The lots that expire first</source>
        <translation>Các lô hết hạn trước</translation>
    </message>
    <message>
        <source>what happened, for example: mouldy, bottle broken</source>
        <translation>chuyện gì xảy ra, ví dụ: bị mốc, vỡ chai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Ghi hỏng</translation>
    </message>
    <message>
        <source>Wrote off %1 of %2 as spoiled.</source>
        <translation>Đã ghi %1 %2 là hàng hỏng.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StatusPanel</name>
    <message>
        <source>Workspace: %1</source>
        <translation>Không gian làm việc: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Chưa mở không gian làm việc</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Người làm việc: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Chưa chọn người làm việc</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Đổi người đang làm việc</translation>
    </message>
    <message>
        <source>Not connected to the platform</source>
        <translation>Chưa kết nối với sàn</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Connecting to the platform comes with signing in.</source>
        <translation>Mọi thứ đã được lưu trên máy này. Việc kết nối với sàn bắt đầu khi bạn đăng nhập tài khoản sàn.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockActionDialog</name>
    <message>
        <source>On hand: %1 · held: %2 · sellable: %3</source>
        <translation>Tồn kho: %1 · đang giữ: %2 · có thể bán: %3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>for example 2,5</source>
        <translation>ví dụ 2,5</translation>
    </message>
    <message>
        <source>Type the quantity.</source>
        <translation>Hãy nhập số lượng.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</source>
        <translation>“%1” không phải là số lượng. Hãy viết như 2,5 hoặc 1.500 (dấu phẩy trước phần thập phân).</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>hết hạn %1</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockListModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Sắp hết hàng</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Có lô hết hạn</translation>
    </message>
    <message>
        <source>Short for holds</source>
        <translation>Thiếu hàng đang giữ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đang giữ</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Có thể bán</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Hạn gần nhất</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockPage</name>
    <message>
        <source>Sold the goods held for %1.</source>
        <translation>Đã bán hàng giữ cho %1.</translation>
    </message>
    <message>
        <source>Cancelled the hold for %1: the goods can be sold again.</source>
        <translation>Đã hủy giữ hàng cho %1: hàng lại có thể bán.</translation>
    </message>
    <message>
        <source>Saved on this computer: %1</source>
        <translation>Đã lưu trên máy: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) low on stock</source>
        <translation><numerusform>%n sản phẩm sắp hết hàng</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expiring or expired</source>
        <translation><numerusform>%n lô hàng sắp hết hạn hoặc đã hết hạn</numerusform></translation>
    </message>
    <message>
        <source>Held for buyers (%1)</source>
        <translation>Đang giữ cho người mua (%1)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Find a product by name, SKU or barcode…</source>
        <translation>Tìm sản phẩm theo tên, mã hàng hoặc mã vạch…</translation>
    </message>
    <message>
        <source>Search stock</source>
        <translation>Tìm trong tồn kho</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Sắp hết hàng</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Expiring means within</source>
        <translation>Sắp hết hạn nghĩa là trong vòng</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Nhập kho</translation>
    </message>
    <message>
        <source>Sell at the market</source>
        <translation>Bán tại chợ</translation>
    </message>
    <message>
        <source>Write off spoilage</source>
        <translation>Ghi hàng hỏng</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <source>Hold for a buyer</source>
        <translation>Giữ hàng cho người mua</translation>
    </message>
    <message>
        <source>Low-stock alert</source>
        <translation>Cảnh báo sắp hết hàng</translation>
    </message>
    <message>
        <source>Sold: record the sale</source>
        <translation>Đã bán: ghi bán hàng</translation>
    </message>
    <message>
        <source>Cancel the hold</source>
        <translation>Hủy giữ hàng</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>Recent movements</source>
        <translation>Biến động gần đây</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <source>Harvested</source>
        <translation>Thu hoạch</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Hộ thành viên cung cấp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Giữ cho</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>Danh sách tồn kho</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Chưa có sản phẩm nào</translation>
    </message>
    <message>
        <source>Stock is kept for each product. Add your products first; then receive goods, record sales and count stock here.</source>
        <translation>Tồn kho được ghi cho từng sản phẩm. Hãy thêm sản phẩm trước; sau đó nhập kho, ghi bán hàng và kiểm kê tại đây.</translation>
    </message>
    <message>
        <source>Go to the product list</source>
        <translation>Đến danh sách sản phẩm</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ThresholdDialog</name>
    <message>
        <source>Low-stock alert</source>
        <translation>Cảnh báo sắp hết hàng</translation>
    </message>
    <message>
        <source>Warn at or below:</source>
        <translation>Cảnh báo khi còn:</translation>
    </message>
    <message>
        <source>The product is shown as “Low stock” when what is on hand falls to this quantity. 0 turns the alert off.</source>
        <translation>Sản phẩm hiện là “Sắp hết hàng” khi tồn kho còn bằng hoặc ít hơn số này. Nhập 0 để tắt cảnh báo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>No low-stock alert for %1 any more.</source>
        <translation>Không còn cảnh báo sắp hết hàng cho %1.</translation>
    </message>
    <message>
        <source>%1 is shown as low on stock at %2 or less.</source>
        <translation>%1 sẽ hiện là sắp hết hàng khi còn %2 trở xuống.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ChoPhien::WorkspaceChooserDialog</name>
    <message>
        <source>Welcome to Chợ Phiên</source>
        <translation>Chào mừng bạn đến với Chợ Phiên</translation>
    </message>
    <message>
        <source>Chợ Phiên keeps your products, stock and orders on this computer, and sends them to the e-commerce platform whenever there is a connection. Where do you want to start?</source>
        <translation>Chợ Phiên lưu sản phẩm, tồn kho và đơn hàng của bạn ngay trên máy này, và gửi lên sàn thương mại điện tử mỗi khi có kết nối. Bạn muốn bắt đầu từ đâu?</translation>
    </message>
    <message>
        <source>Start a new workspace</source>
        <translation>Tạo không gian làm việc mới</translation>
    </message>
    <message>
        <source>For your cooperative or shop: an empty workspace to fill with your own products.</source>
        <translation>Dành cho hợp tác xã hoặc cửa hàng của bạn: một không gian trống để đưa sản phẩm của mình vào.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sample products to practise on. Nothing you do there is sent anywhere.</source>
        <translation>Có sẵn sản phẩm mẫu để tập. Những gì bạn làm ở đây không được gửi đi đâu cả.</translation>
    </message>
    <message>
        <source>Open a workspace folder…</source>
        <translation>Mở thư mục không gian làm việc…</translation>
    </message>
    <message>
        <source>A workspace already on this computer or on a USB stick.</source>
        <translation>Không gian làm việc đã có trên máy này hoặc trên USB.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Không gian làm việc gần đây</translation>
    </message>
    <message>
        <source>Recent workspaces (double-click to open):</source>
        <translation>Không gian làm việc gần đây (nhấp đúp để mở):</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Chọn thư mục không gian làm việc</translation>
    </message>
</context>
<context>
    <name>ClerkChoice</name>
    <message>
        <source>The workspace has no active clerk to record the change.</source>
        <translation>Không gian làm việc chưa có người làm việc nào để ghi nhận thay đổi.</translation>
    </message>
    <message>
        <source>No active clerk is named “%1”.</source>
        <translation>Không có người làm việc nào tên “%1”.</translation>
    </message>
</context>
<context>
    <name>OldAddressMapper</name>
    <message>
        <source>No commune had the code %1 before July 2025.</source>
        <translation>Trước tháng 7/2025 không có xã/phường nào mang mã %1.</translation>
    </message>
    <message>
        <source>Type an old address, for example “xã Hương Sơn, huyện Mỹ Đức, Hà Nội”.</source>
        <translation>Hãy gõ một địa chỉ cũ, ví dụ “xã Hương Sơn, huyện Mỹ Đức, Hà Nội”.</translation>
    </message>
    <message>
        <source>“%1” is not a district or province of before July 2025.</source>
        <translation>“%1” không phải là tên huyện/quận hay tỉnh/thành trước tháng 7/2025.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a commune, district or province of before July 2025.</source>
        <translation>“%1” không phải là tên xã/phường, huyện/quận hay tỉnh/thành nào trước tháng 7/2025.</translation>
    </message>
    <message>
        <source>No commune of %1 was called “%2” before July 2025.</source>
        <translation>Trước tháng 7/2025, %1 không có xã/phường nào tên “%2”.</translation>
    </message>
</context>
<context>
    <name>OriginResolver</name>
    <message>
        <source>%1 communes or wards are called “%2”: add the province, for example “%3”.</source>
        <translation>Có %1 xã/phường tên “%2”: hãy thêm tên tỉnh, ví dụ “%3”.</translation>
    </message>
    <message numerus="yes">
        <source>Before July 2025 %1 was split among %n commune(s): choose the one where the product is made.</source>
        <translation><numerusform>Từ tháng 7/2025, %1 đã được chia cho %n xã/phường: hãy chọn nơi làm ra sản phẩm.</numerusform></translation>
    </message>
    <message>
        <source>Several places were called “%1” before July 2025: add the district and province.</source>
        <translation>Trước tháng 7/2025 có nhiều nơi tên “%1”: hãy thêm tên huyện và tỉnh.</translation>
    </message>
    <message>
        <source>%1 is now in %2: choose the commune or ward.</source>
        <translation>%1 nay thuộc %2: hãy chọn xã/phường.</translation>
    </message>
    <message>
        <source>Several communes or wards start with “%1”: type more of the name.</source>
        <translation>Có nhiều xã/phường bắt đầu bằng “%1”: hãy gõ thêm tên.</translation>
    </message>
    <message>
        <source>No commune or ward of 2025 is called “%1”. %2</source>
        <translation>Không có xã/phường nào (từ 7/2025) tên “%1”. %2</translation>
    </message>
</context>
<context>
    <name>ProductBulkEdit</name>
    <message>
        <source>This product no longer exists.</source>
        <translation>Sản phẩm này không còn nữa.</translation>
    </message>
    <message>
        <source>The new price would be too large.</source>
        <translation>Giá mới sẽ quá lớn.</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <source>Field options such as --%1 go with product add and edit only.</source>
        <translation>Các tùy chọn trường như --%1 chỉ dùng với product add và edit.</translation>
    </message>
    <message>
        <source>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</source>
        <translation>“%1” không phải là giá. Hãy viết như 25.000, 25k hoặc 1,2 triệu.</translation>
    </message>
    <message>
        <source>Unknown product group “%1”; use one of: %2.</source>
        <translation>Không có nhóm sản phẩm “%1”; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Another product already has the SKU %1.</source>
        <translation>Đã có sản phẩm khác dùng mã hàng %1.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Đã thêm %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing to change in %1.</source>
        <translation>%1 không có gì cần thay đổi.</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>Đã thay đổi %1: %2.</translation>
    </message>
    <message>
        <source>product add needs --name, --price and --unit.</source>
        <translation>product add cần --name, --price và --unit.</translation>
    </message>
    <message>
        <source>product edit needs at least one field option, such as --price.</source>
        <translation>product edit cần ít nhất một tùy chọn trường, ví dụ --price.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>Không có sản phẩm nào có mã hàng hoặc mã định danh “%1”.</translation>
    </message>
    <message>
        <source>Price: %1 per %2</source>
        <translation>Giá: %1 mỗi %2</translation>
    </message>
    <message>
        <source>Sale price: %1</source>
        <translation>Giá khuyến mãi: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Nhóm: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Danh mục: %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Mã vạch: %1</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Hộ sản xuất: %1</translation>
    </message>
    <message>
        <source>In stock: %1 %2</source>
        <translation>Tồn kho: %1 %2</translation>
    </message>
    <message>
        <source>Archived: no longer sold.</source>
        <translation>Đã lưu trữ: không còn bán.</translation>
    </message>
    <message>
        <source>Archived %1: it keeps its history but is no longer sold.</source>
        <translation>Đã lưu trữ %1: lịch sử vẫn được giữ nhưng sản phẩm không còn bán.</translation>
    </message>
    <message>
        <source>Candidates: %1.</source>
        <translation>Các lựa chọn: %1.</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Xuất xứ: %1</translation>
    </message>
    <message>
        <source>--%1 goes with product variant and product unit commands only.</source>
        <translation>--%1 chỉ dùng với các lệnh product variant và product unit.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 đã được bán lại.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>“%1” is an address from before July 2025; it is now %2.</source>
        <translation>“%1” là địa chỉ trước tháng 7/2025; nay là %2.</translation>
    </message>
    <message>
        <source>Producer&apos;s commune: %1</source>
        <translation>Xã của hộ sản xuất: %1</translation>
    </message>
</context>
<context>
    <name>ProductGroup</name>
    <message>
        <source>Food</source>
        <translation>Thực phẩm</translation>
    </message>
    <message>
        <source>Beverage</source>
        <translation>Đồ uống</translation>
    </message>
    <message>
        <source>Alcoholic drink</source>
        <translation>Đồ uống có cồn</translation>
    </message>
    <message>
        <source>Health supplement</source>
        <translation>Thực phẩm bảo vệ sức khỏe</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation>Mỹ phẩm</translation>
    </message>
    <message>
        <source>Handicraft</source>
        <translation>Thủ công mỹ nghệ</translation>
    </message>
    <message>
        <source>Textile</source>
        <translation>Hàng dệt may</translation>
    </message>
    <message>
        <source>Agricultural material</source>
        <translation>Vật tư nông nghiệp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ProductListCommands</name>
    <message>
        <source>product %1 does not take --%2.</source>
        <translation>product %1 không nhận --%2.</translation>
    </message>
    <message>
        <source>Unknown product group “%1”; use one of: %2.</source>
        <translation>Không có nhóm sản phẩm “%1”; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 nhận một trong: %2.</translation>
    </message>
    <message>
        <source>--sort takes name, sku, price or ocop, optionally followed by -desc.</source>
        <translation>--sort nhận name, sku, price hoặc ocop, có thể thêm -desc phía sau.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (đã lưu trữ)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more; --limit shows more.</source>
        <translation><numerusform>… còn %n sản phẩm nữa; dùng --limit để xem thêm.</numerusform></translation>
    </message>
    <message>
        <source>No product has a category yet.</source>
        <translation>Chưa có sản phẩm nào có danh mục.</translation>
    </message>
    <message>
        <source>--round-to takes an amount of đồng such as 1, 100 or 1.000.</source>
        <translation>--round-to nhận một số tiền đồng như 1, 100 hoặc 1.000.</translation>
    </message>
    <message>
        <source>--price-percent takes a percentage from -99,99 to 1000, such as 5 or -2,5.</source>
        <translation>--price-percent nhận phần trăm từ -99,99 đến 1000, ví dụ 5 hoặc -2,5.</translation>
    </message>
    <message>
        <source>--set-status takes active or archived.</source>
        <translation>--set-status nhận active hoặc archived.</translation>
    </message>
    <message>
        <source>Say what to change: --price-percent, --set-category or --set-status.</source>
        <translation>Hãy cho biết cần sửa gì: --price-percent, --set-category hoặc --set-status.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>Không có sản phẩm nào có mã hàng hoặc mã định danh “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n product(s).</source>
        <translation><numerusform>Đã sửa %n sản phẩm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) already had it.</source>
        <translation><numerusform>%n sản phẩm đã như vậy rồi.</numerusform></translation>
    </message>
    <message>
        <source>Not changed: %1: %2</source>
        <translation>Không sửa: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n variant(s))</source>
        <translation><numerusform> (%n loại)</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductRemoval</name>
    <message>
        <source>This product no longer exists.</source>
        <translation>Sản phẩm này không còn nữa.</translation>
    </message>
    <message>
        <source>“%1” has stock history, so it cannot be deleted. Archive it instead: it keeps its history and is no longer sold.</source>
        <translation>“%1” đã có lịch sử kho nên không xóa được. Hãy lưu trữ: sản phẩm giữ nguyên lịch sử và không bán nữa.</translation>
    </message>
</context>
<context>
    <name>ProductStore</name>
    <message>
        <source>The product this variant belongs to is not in this workspace.</source>
        <translation>Sản phẩm của biến thể này không có trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>%1 is itself a variant: add the new variant to %2&apos;s product instead.</source>
        <translation>%1 đã là một biến thể: hãy thêm biến thể mới vào sản phẩm của %2.</translation>
    </message>
    <message>
        <source>%1 is archived: it cannot get new variants.</source>
        <translation>%1 đã được lưu trữ: không thêm biến thể mới được.</translation>
    </message>
    <message>
        <source>%1 still has stock of its own (%2 %3). Stock is kept per variant: count it down to zero first, or make a new product for the variants.</source>
        <translation>%1 vẫn còn tồn kho của riêng nó (%2 %3). Tồn kho được giữ theo từng biến thể: hãy kiểm kê về 0 trước, hoặc tạo sản phẩm mới cho các biến thể.</translation>
    </message>
</context>
<context>
    <name>ProductUndo</name>
    <message>
        <source>Undone: “%1” is no longer in the product list.</source>
        <translation>Đã hoàn tác: “%1” không còn trong danh sách sản phẩm.</translation>
    </message>
    <message>
        <source>Undone: “%1” is back as it was before.</source>
        <translation>Đã hoàn tác: “%1” đã trở lại như trước.</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Type the product&apos;s name.</source>
        <translation>Hãy gõ tên sản phẩm.</translation>
    </message>
    <message>
        <source>The name is too long (at most 255 characters).</source>
        <translation>Tên quá dài (tối đa 255 ký tự).</translation>
    </message>
    <message>
        <source>Give the product an SKU (a short code of your own).</source>
        <translation>Hãy đặt mã hàng cho sản phẩm (một mã ngắn do bạn tự đặt).</translation>
    </message>
    <message>
        <source>The SKU is too long (at most 64 characters).</source>
        <translation>Mã hàng quá dài (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>The barcode&apos;s last digit does not match the others: check that it was typed correctly.</source>
        <translation>Chữ số cuối của mã vạch không khớp với các chữ số còn lại: hãy kiểm tra lại xem đã gõ đúng chưa.</translation>
    </message>
    <message>
        <source>A barcode (EAN-13) has exactly 13 digits.</source>
        <translation>Mã vạch (EAN-13) gồm đúng 13 chữ số.</translation>
    </message>
    <message>
        <source>Choose the unit it is sold in (kg, hộp, chai…).</source>
        <translation>Hãy chọn đơn vị bán (kg, hộp, chai…).</translation>
    </message>
    <message>
        <source>Unknown product group “%1”.</source>
        <translation>Không có nhóm sản phẩm “%1”.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Giá không thể là số âm.</translation>
    </message>
    <message>
        <source>The sale price must be lower than the price.</source>
        <translation>Giá khuyến mãi phải thấp hơn giá bán.</translation>
    </message>
    <message>
        <source>OCOP ratings have 3, 4 or 5 stars.</source>
        <translation>Hạng OCOP chỉ có 3, 4 hoặc 5 sao.</translation>
    </message>
    <message>
        <source>An OCOP rating needs its certificate number and decision date.</source>
        <translation>Hạng OCOP cần có số giấy chứng nhận và ngày quyết định.</translation>
    </message>
    <message>
        <source>Each certification needs its kind and number.</source>
        <translation>Mỗi chứng nhận cần có loại và số chứng nhận.</translation>
    </message>
    <message>
        <source>Quantities, weights and sizes cannot be negative.</source>
        <translation>Số lượng, khối lượng và kích thước không thể là số âm.</translation>
    </message>
    <message>
        <source>Each selling unit needs its name (bao, thùng…).</source>
        <translation>Mỗi đơn vị bán cần có tên (bao, thùng…).</translation>
    </message>
    <message>
        <source>“%1” is already the product&apos;s unit.</source>
        <translation>“%1” đã là đơn vị của sản phẩm.</translation>
    </message>
    <message>
        <source>The unit “%1” is given twice.</source>
        <translation>Đơn vị “%1” bị nhập hai lần.</translation>
    </message>
    <message>
        <source>Say how much one %1 holds: more than zero.</source>
        <translation>Hãy cho biết một %1 chứa bao nhiêu: lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>ProductVariants</name>
    <message>
        <source>Name the first option (for example “Dung tích”) before the second.</source>
        <translation>Hãy đặt tên tùy chọn thứ nhất (ví dụ “Dung tích”) trước tùy chọn thứ hai.</translation>
    </message>
    <message>
        <source>The two options need different names.</source>
        <translation>Hai tùy chọn cần có tên khác nhau.</translation>
    </message>
    <message>
        <source>A variant cannot have variants of its own.</source>
        <translation>Một biến thể không thể có biến thể riêng.</translation>
    </message>
    <message>
        <source>Every variant needs its %1.</source>
        <translation>Biến thể nào cũng cần có %1.</translation>
    </message>
    <message>
        <source>option</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>Every variant needs its %1 and its %2.</source>
        <translation>Biến thể nào cũng cần có %1 và %2.</translation>
    </message>
    <message>
        <source>Variant “%1” has a second option, but the product has no second option name.</source>
        <translation>Biến thể “%1” có tùy chọn thứ hai, nhưng sản phẩm chưa đặt tên tùy chọn thứ hai.</translation>
    </message>
    <message>
        <source>Two variants are both “%1”: each combination of options once.</source>
        <translation>Có hai biến thể cùng là “%1”: mỗi cách kết hợp tùy chọn chỉ một lần.</translation>
    </message>
    <message>
        <source>The SKU %1 is used twice: each variant needs its own.</source>
        <translation>Mã hàng %1 bị dùng hai lần: mỗi biến thể cần mã hàng riêng.</translation>
    </message>
    <message>
        <source>Variant “%1”: %2</source>
        <translation>Biến thể “%1”: %2</translation>
    </message>
    <message>
        <source>Name the option the variants differ in (for example “Dung tích”).</source>
        <translation>Hãy đặt tên cho điểm khác nhau giữa các biến thể (ví dụ “Dung tích”).</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>StartPages</name>
    <message>
        <source>No orders yet</source>
        <translation>Chưa có đơn hàng nào</translation>
    </message>
    <message>
        <source>Orders from the platform appear here once your shop is connected to the platform. You can keep working on your products meanwhile.</source>
        <translation>Đơn hàng từ sàn sẽ hiện ở đây khi cửa hàng của bạn đã kết nối với sàn. Trong lúc đó bạn vẫn làm việc với sản phẩm như bình thường.</translation>
    </message>
    <message>
        <source>Not connected to the platform</source>
        <translation>Chưa kết nối với sàn</translation>
    </message>
    <message>
        <source>Everything you do is already saved on this computer; nothing is lost without a connection. Once your shop has a platform account, sending your products to it starts here.</source>
        <translation>Mọi việc bạn làm đều đã được lưu trên máy này; mất mạng cũng không mất dữ liệu. Khi cửa hàng của bạn có tài khoản trên sàn, việc gửi sản phẩm lên sàn bắt đầu từ đây.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>New to selling online? Open the demo workspace and try things out on sample products: nothing there reaches the real platform.</source>
        <translation>Bạn mới bán hàng trực tuyến? Hãy mở dữ liệu mẫu và tập thử trên các sản phẩm mẫu: không có gì ở đó được gửi lên sàn thật.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <source>--expires, --harvested, --produced and --supplier go with stock receive only.</source>
        <translation>--expires, --harvested, --produced và --supplier chỉ dùng với stock receive.</translation>
    </message>
    <message>
        <source>stock show takes no --lot: it shows every lot.</source>
        <translation>stock show không nhận --lot: lệnh này hiện mọi lô hàng.</translation>
    </message>
    <message>
        <source>--note goes with stock sell, spoil, return and adjust only.</source>
        <translation>--note chỉ dùng với stock sell, spoil, return và adjust.</translation>
    </message>
    <message>
        <source>stock adjust needs --note TEXT: why the stock changes.</source>
        <translation>stock adjust cần --note NỘI_DUNG: lý do tồn kho thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</source>
        <translation>“%1” không phải là số lượng. Hãy viết như 2,5 hoặc 1.500 (dấu phẩy trước phần thập phân).</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-23.</source>
        <translation>“%1” không phải là ngày. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-23.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>Không có sản phẩm nào có mã hàng hoặc mã định danh “%1”.</translation>
    </message>
    <message>
        <source>%1 has no lot “%2”.</source>
        <translation>%1 không có lô hàng “%2”.</translation>
    </message>
    <message>
        <source>  lot %1: %2</source>
        <translation>  lô %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Received %1 %2 of %3 into lot %4.</source>
        <translation>Đã nhập kho %1 %2 %3 vào lô %4.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Hạn sử dụng: %1.</translation>
    </message>
    <message>
        <source>On hand: %1 %2.</source>
        <translation>Tồn kho: %1 %2.</translation>
    </message>
    <message>
        <source>Sold %1 of %2 at the market.</source>
        <translation>Đã bán %1 %2 tại chợ.</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 as spoiled.</source>
        <translation>Đã ghi %1 %2 bị hư hỏng.</translation>
    </message>
    <message>
        <source>Took back %1 of %2.</source>
        <translation>Đã nhận lại %1 %2.</translation>
    </message>
    <message>
        <source>Adjusted %1 by %2 %3 (%4).</source>
        <translation>Đã điều chỉnh %1 thêm %2 %3 (%4).</translation>
    </message>
    <message>
        <source>The count of %1 (%2) agrees with the ledger; nothing was recorded.</source>
        <translation>Số đếm được của %1 (%2) khớp với sổ kho; không cần ghi gì thêm.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: recorded an adjustment of %3 %4.</source>
        <translation>Đã kiểm kê %1 %2: ghi điều chỉnh %3 %4.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 on hand</source>
        <translation>%1 (%2): tồn kho %3</translation>
    </message>
    <message>
        <source>No lot holds stock.</source>
        <translation>Không lô nào còn hàng.</translation>
    </message>
    <message>
        <source>Lots, the first to sell first:</source>
        <translation>Các lô hàng, lô cần bán trước xếp trước:</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>hết hạn %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>không có hạn sử dụng</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>in no lot: %1</source>
        <translation>không thuộc lô nào: %1</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>Chưa có lần nhập xuất kho nào.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n movement(s), newest first:</source>
        <translation><numerusform>%n lần nhập xuất gần nhất, mới nhất trước:</numerusform></translation>
    </message>
    <message>
        <source>--reference, --reason, --filter and --days go with stock hold, release, list and alerts only.</source>
        <translation>--reference, --reason, --filter và --days chỉ dùng với stock hold, release, list và alerts.</translation>
    </message>
    <message>
        <source>Held for buyers: %1 · sellable: %2</source>
        <translation>Đang giữ cho người mua: %1 · có thể bán: %2</translation>
    </message>
    <message>
        <source>stock show takes no --unit: it shows the product&apos;s unit.</source>
        <translation>stock show không nhận --unit: lệnh này hiện theo đơn vị của sản phẩm.</translation>
    </message>
    <message>
        <source>%1 %2 is not an exact amount of %3 (1 %2 = %4 %3): give the quantity in %3 instead.</source>
        <translation>%1 %2 không đổi ra đúng một lượng %3 (1 %2 = %4 %3): hãy ghi số lượng theo %3.</translation>
    </message>
    <message>
        <source>%1 is not sold by the %2; its units are: %3. Add one with product unit add.</source>
        <translation>%1 không bán theo %2; các đơn vị của sản phẩm là: %3. Thêm đơn vị bằng product unit add.</translation>
    </message>
    <message>
        <source>(%1 %2 = %3 %4)</source>
        <translation>(%1 %2 = %3 %4)</translation>
    </message>
</context>
<context>
    <name>StockHoldCommands</name>
    <message>
        <source>stock hold needs --reference TEXT: who the goods are held for.</source>
        <translation>stock hold cần --reference TEXT: giữ hàng cho ai.</translation>
    </message>
    <message>
        <source>--reference goes with stock hold only.</source>
        <translation>--reference chỉ dùng với stock hold.</translation>
    </message>
    <message>
        <source>--reason goes with stock release only.</source>
        <translation>--reason chỉ dùng với stock release.</translation>
    </message>
    <message>
        <source>--reason takes fulfilled or cancelled.</source>
        <translation>--reason nhận fulfilled hoặc cancelled.</translation>
    </message>
    <message>
        <source>--lot goes with stock hold here.</source>
        <translation>Ở đây --lot chỉ dùng với stock hold.</translation>
    </message>
    <message>
        <source>--note goes with stock hold here.</source>
        <translation>Ở đây --note chỉ dùng với stock hold.</translation>
    </message>
    <message>
        <source>--filter takes all, low or expiring, and goes with stock list only.</source>
        <translation>--filter nhận all, low hoặc expiring, và chỉ dùng với stock list.</translation>
    </message>
    <message>
        <source>--days takes a number of days from 0 to 3650.</source>
        <translation>--days nhận số ngày từ 0 đến 3650.</translation>
    </message>
    <message>
        <source>Held %1 of %2 for %3 (hold %4). Sellable now: %5.</source>
        <translation>Đã giữ %1 %2 cho %3 (mã giữ %4). Có thể bán bây giờ: %5.</translation>
    </message>
    <message>
        <source>No hold has the id “%1”. stock holds lists them.</source>
        <translation>Không có lượt giữ hàng nào mã “%1”. Lệnh stock holds liệt kê chúng.</translation>
    </message>
    <message>
        <source>Sold the %1 of %2 held for %3; the hold is released.</source>
        <translation>Đã bán %1 %2 giữ cho %3; đã bỏ giữ hàng.</translation>
    </message>
    <message>
        <source>Cancelled the hold of %1 of %2 for %3: the goods can be sold again.</source>
        <translation>Đã hủy giữ %1 %2 cho %3: hàng lại có thể bán.</translation>
    </message>
    <message>
        <source>Nothing is held for buyers.</source>
        <translation>Không có hàng nào đang giữ cho người mua.</translation>
    </message>
    <message numerus="yes">
        <source>%n open hold(s), the oldest first:</source>
        <translation><numerusform>%n lượt giữ hàng, cũ nhất trước:</numerusform></translation>
    </message>
    <message>
        <source>No low-stock alert for %1 any more.</source>
        <translation>Không còn cảnh báo sắp hết hàng cho %1.</translation>
    </message>
    <message>
        <source>%1 is shown as low on stock at %2 or less.</source>
        <translation>%1 sẽ hiện là sắp hết hàng khi còn %2 trở xuống.</translation>
    </message>
    <message>
        <source>It is low now: %1 on hand.</source>
        <translation>Hiện đang sắp hết: tồn kho %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) low on stock:</source>
        <translation><numerusform>%n sản phẩm sắp hết hàng:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expired or expiring within %1 days:</source>
        <translation><numerusform>%n lô hàng đã hết hạn hoặc hết hạn trong %1 ngày tới:</numerusform></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>đã hết hạn %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>hết hạn %1</translation>
    </message>
    <message>
        <source>next expiry %1</source>
        <translation>hạn gần nhất %1</translation>
    </message>
</context>
<context>
    <name>StockHolds</name>
    <message>
        <source>Write who the goods are held for, for example “chị Lan, đơn Zalo”.</source>
        <translation>Hãy ghi giữ hàng cho ai, ví dụ “chị Lan, đơn Zalo”.</translation>
    </message>
    <message>
        <source>%1 has no such lot: choose one of its own lots.</source>
        <translation>%1 không có lô hàng này: hãy chọn một lô của chính sản phẩm.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2, so it cannot be held for a buyer.</source>
        <translation>Lô %1 đã hết hạn ngày %2, nên không thể giữ cho người mua.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be held (%3 on hand, %4 already held), so %5 cannot be held.</source>
        <translation>Chỉ còn giữ được %1 %2 (tồn kho %3, đã giữ %4), nên không thể giữ %5.</translation>
    </message>
    <message>
        <source>Only %1 of lot %2 can still be held, so %3 cannot be held.</source>
        <translation>Lô %2 chỉ còn giữ được %1, nên không thể giữ %3.</translation>
    </message>
    <message>
        <source>No hold has the id %1.</source>
        <translation>Không có lượt giữ hàng nào mã %1.</translation>
    </message>
    <message>
        <source>The hold for %1 was already released.</source>
        <translation>Lượt giữ hàng cho %1 đã được bỏ giữ rồi.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be sold: %3 is held for %4. Release a hold first, or sell less.</source>
        <translation>Chỉ có thể bán %1 %2: %3 đang giữ cho %4. Hãy bỏ giữ hàng trước, hoặc bán ít hơn.</translation>
    </message>
    <message>
        <source>Only %1 of lot %2 can be sold: %3 is held for %4. Release a hold first, or sell from another lot.</source>
        <translation>Chỉ có thể bán %1 của lô %2: %3 đang giữ cho %4. Hãy bỏ giữ hàng trước, hoặc bán từ lô khác.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>received</source>
        <comment>stock movement reason</comment>
        <translation>nhập kho</translation>
    </message>
    <message>
        <source>sold online</source>
        <comment>stock movement reason</comment>
        <translation>bán trực tuyến</translation>
    </message>
    <message>
        <source>sold at the market</source>
        <comment>stock movement reason</comment>
        <translation>bán tại chợ</translation>
    </message>
    <message>
        <source>spoiled</source>
        <comment>stock movement reason</comment>
        <translation>hư hỏng</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>stock movement reason</comment>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>adjustment</source>
        <comment>stock movement reason</comment>
        <translation>điều chỉnh</translation>
    </message>
    <message>
        <source>The product is not in this workspace.</source>
        <translation>Sản phẩm không có trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>The lot is not in this workspace.</source>
        <translation>Lô hàng không có trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>Lot %1 belongs to another product, not to %2.</source>
        <translation>Lô %1 thuộc sản phẩm khác, không phải %2.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 is more than can be recorded.</source>
        <translation>%1 vượt quá mức có thể ghi nhận.</translation>
    </message>
    <message>
        <source>Lot %1 of %2 expired on %3 and cannot be sold; record it as spoiled instead.</source>
        <translation>Lô %1 của %2 đã hết hạn ngày %3 nên không bán được; hãy ghi là hư hỏng.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is left in lot %3, so %4 cannot be taken from it.</source>
        <translation>Lô %3 chỉ còn %1 %2, nên không lấy ra %4 được.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be sold, so %3 cannot be sold: the rest is past its expiry date.</source>
        <translation>Chỉ bán được %1 %2, nên không bán %3 được: phần còn lại đã quá hạn sử dụng.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is in stock, so %3 cannot be taken.</source>
        <translation>Trong kho chỉ còn %1 %2, nên không lấy ra %3 được.</translation>
    </message>
    <message>
        <source>Lot %1 is already recorded with a different harvest date, production date, expiry or supplier. Use a new lot code, or leave those details out.</source>
        <translation>Lô %1 đã được ghi với ngày thu hoạch, ngày sản xuất, hạn sử dụng hoặc hộ cung cấp khác. Hãy dùng mã lô mới, hoặc bỏ trống các thông tin đó.</translation>
    </message>
    <message>
        <source>The expiry date %1 is before the harvest or production date %2.</source>
        <translation>Hạn sử dụng %1 lại trước ngày thu hoạch hoặc ngày sản xuất %2.</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Điều chỉnh bằng 0 không thay đổi gì.</translation>
    </message>
    <message>
        <source>Write down why the stock is adjusted.</source>
        <translation>Hãy ghi lý do điều chỉnh tồn kho.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be below zero.</source>
        <translation>Số lượng kiểm kê không thể nhỏ hơn 0.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Kiểm kê: %1</translation>
    </message>
    <message>
        <source>%1 is sold in variants (%2): stock is kept for each variant, so name the variant by its SKU.</source>
        <translation>%1 được bán theo biến thể (%2): tồn kho được giữ cho từng biến thể, nên hãy ghi mã hàng của biến thể.</translation>
    </message>
</context>
<context>
    <name>StockThresholds</name>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation>Ngưỡng sắp hết hàng không thể nhỏ hơn 0.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The folder %1 does not exist. Check the path, or create a new workspace there.</source>
        <translation>Thư mục %1 không tồn tại. Hãy kiểm tra lại đường dẫn, hoặc tạo không gian làm việc mới ở đó.</translation>
    </message>
    <message>
        <source>The folder %1 is not a Chợ Phiên workspace. Choose the folder that holds workspace.db, or create a new workspace.</source>
        <translation>Thư mục %1 không phải là không gian làm việc của Chợ Phiên. Hãy chọn thư mục có tệp workspace.db, hoặc tạo không gian làm việc mới.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a workspace. Open it instead, or choose an empty folder.</source>
        <translation>Thư mục %1 đã có một không gian làm việc. Hãy mở nó, hoặc chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Chợ Phiên cannot write to %1. Nothing was changed. Choose a folder you are allowed to write to, or ask the person who manages this computer.</source>
        <translation>Chợ Phiên không ghi được vào %1. Chưa có gì bị thay đổi. Hãy chọn thư mục bạn được phép ghi, hoặc hỏi người quản lý máy tính này.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Your work saved so far is safe, but the last change was not saved. Free some space, then try again.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Những gì đã lưu trước đó vẫn an toàn, nhưng thay đổi vừa rồi chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>This workspace is already open in another Chợ Phiên window (%1). Use that window, or close it and open the workspace again.</source>
        <translation>Không gian làm việc này đang được mở trong một cửa sổ Chợ Phiên khác (%1). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>The file %1 is not a Chợ Phiên database. It was left as it is. Open another workspace, or restore one from a backup.</source>
        <translation>Tệp %1 không phải là dữ liệu của Chợ Phiên. Tệp được giữ nguyên. Hãy mở không gian làm việc khác, hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged. It was left as it is so nothing more is lost. You can restore the latest backup; the damaged file is kept beside it.</source>
        <translation>Dữ liệu %1 bị hỏng. Tệp được giữ nguyên để không mất thêm gì. Bạn có thể khôi phục bản sao lưu gần nhất; tệp bị hỏng vẫn được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Chợ Phiên (%1). It was left unchanged. Update Chợ Phiên on this computer to open it.</source>
        <translation>Không gian làm việc này được lưu bởi phiên bản Chợ Phiên mới hơn (%1). Dữ liệu được giữ nguyên. Hãy cập nhật Chợ Phiên trên máy này để mở.</translation>
    </message>
    <message>
        <source>The workspace is busy with another task. Nothing was lost; try again in a moment.</source>
        <translation>Không gian làm việc đang bận việc khác. Không có gì bị mất; bạn thử lại sau giây lát nhé.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written (%1). Your saved work is unchanged.</source>
        <translation>Không đọc hoặc ghi được không gian làm việc (%1). Dữ liệu đã lưu của bạn vẫn nguyên vẹn.</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>No commune or ward of 2025 matches “%1”. An address from before July 2025? Try: units map &quot;%1&quot;</source>
        <translation>Không có xã/phường nào (từ 7/2025) khớp với “%1”. Đây là địa chỉ cũ trước 7/2025? Hãy thử: units map &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Before July 2025: %1%2</source>
        <translation>Trước 7/2025: %1%2</translation>
    </message>
    <message>
        <source>  now: %1 (%2)</source>
        <translation>  nay là: %1 (%2)</translation>
    </message>
    <message>
        <source>  now part of %1</source>
        <translation>  nay thuộc %1</translation>
    </message>
    <message>
        <source>  now in %1; the commune is not known: choose it with units search.</source>
        <translation>  nay thuộc %1; chưa rõ xã/phường: hãy tìm bằng units search.</translation>
    </message>
    <message numerus="yes">
        <source>  split among %n commune(s); choose one:</source>
        <translation><numerusform>  đã được chia cho %n xã/phường; hãy chọn một:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n old place(s) match: add the district and province to narrow it down.</source>
        <translation><numerusform>Có %n nơi cũ khớp: hãy thêm huyện và tỉnh để thu hẹp.</numerusform></translation>
    </message>
</context>
<context>
    <name>VariantCommands</name>
    <message>
        <source>product %1 does not take --%2.</source>
        <translation>product %1 không nhận --%2.</translation>
    </message>
    <message>
        <source>product %1 needs --unit NAME.</source>
        <translation>product %1 cần --unit TÊN.</translation>
    </message>
    <message>
        <source>product unit add needs --per-unit: how much of the product&apos;s unit one holds.</source>
        <translation>product unit add cần --per-unit: một đơn vị chứa bao nhiêu theo đơn vị của sản phẩm.</translation>
    </message>
    <message>
        <source>product variant add needs --option1 VALUE.</source>
        <translation>product variant add cần --option1 GIÁ_TRỊ.</translation>
    </message>
    <message>
        <source>product variant edit needs at least one option, such as --price.</source>
        <translation>product variant edit cần ít nhất một tùy chọn, ví dụ --price.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>Không có sản phẩm nào có mã hàng hoặc mã định danh “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</source>
        <translation>“%1” không phải là giá. Hãy viết như 25.000, 25k hoặc 1,2 triệu.</translation>
    </message>
    <message>
        <source>First name what %1&apos;s variants differ in: product edit %2 --option1-name NAME (for example “Dung tích”).</source>
        <translation>Trước hết hãy đặt tên cho điểm khác nhau giữa các biến thể của %1: product edit %2 --option1-name TÊN (ví dụ “Dung tích”).</translation>
    </message>
    <message>
        <source>Another product already has the SKU %1.</source>
        <translation>Đã có sản phẩm khác dùng mã hàng %1.</translation>
    </message>
    <message>
        <source>Added the variant %1 (%2).</source>
        <translation>Đã thêm biến thể %1 (%2).</translation>
    </message>
    <message>
        <source>Changed the variant %1 (%2).</source>
        <translation>Đã thay đổi biến thể %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is itself a variant: add the new variant to its product instead.</source>
        <translation>%1 đã là một biến thể: hãy thêm biến thể mới vào sản phẩm của nó.</translation>
    </message>
    <message>
        <source>%1 is not a variant; change it with product edit.</source>
        <translation>%1 không phải là biến thể; hãy sửa bằng product edit.</translation>
    </message>
    <message>
        <source>%1 is not a variant; archive it with product archive.</source>
        <translation>%1 không phải là biến thể; hãy lưu trữ bằng product archive.</translation>
    </message>
    <message>
        <source>Archived the variant %1: it keeps its history but is no longer sold.</source>
        <translation>Đã lưu trữ biến thể %1: lịch sử vẫn được giữ nhưng biến thể không còn bán.</translation>
    </message>
    <message>
        <source>%1 has no variants.</source>
        <translation>%1 chưa có biến thể nào.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <source>%1 is a variant: it sells in its product&apos;s units, so add the unit to the product instead.</source>
        <translation>%1 là một biến thể: nó bán theo đơn vị của sản phẩm, nên hãy thêm đơn vị vào sản phẩm.</translation>
    </message>
    <message>
        <source>“%1” is not an amount more than zero. Write it like 50 or 0,5.</source>
        <translation>“%1” không phải là một lượng lớn hơn 0. Hãy viết như 50 hoặc 0,5.</translation>
    </message>
    <message>
        <source>%1 now sells by %2.</source>
        <translation>%1 giờ bán theo %2.</translation>
    </message>
    <message>
        <source>%1 is a variant: it sells in its product&apos;s units, so remove the unit from the product instead.</source>
        <translation>%1 là một biến thể: nó bán theo đơn vị của sản phẩm, nên hãy bỏ đơn vị ở sản phẩm.</translation>
    </message>
    <message>
        <source>%1 has no selling unit “%2”.</source>
        <translation>%1 không có đơn vị bán “%2”.</translation>
    </message>
    <message>
        <source>%1 no longer sells by the %2.</source>
        <translation>%1 không còn bán theo %2.</translation>
    </message>
    <message>
        <source>%1 is counted in %2.</source>
        <translation>%1 được tính theo %2.</translation>
    </message>
    <message>
        <source>Sold also by: %1</source>
        <translation>Bán cả theo: %1</translation>
    </message>
    <message>
        <source>Variant of %1 (%2)</source>
        <translation>Biến thể của %1 (%2)</translation>
    </message>
    <message>
        <source>Variants (%1):</source>
        <translation>Biến thể (%1):</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Created a new workspace in %1.</source>
        <translation>Đã tạo không gian làm việc mới tại %1.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is healthy: %n product(s).</source>
        <translation><numerusform>Không gian làm việc bình thường: %n sản phẩm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s); see the lines above.</source>
        <translation><numerusform>Không gian làm việc có %n lỗi; xem các dòng ở trên.</numerusform></translation>
    </message>
    <message>
        <source>The demo workspace is already in %1.</source>
        <translation>Dữ liệu mẫu đã có sẵn tại %1.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %n product(s) in %1.</source>
        <translation><numerusform>Đã tạo dữ liệu mẫu với %n sản phẩm tại %1.</numerusform></translation>
    </message>
    <message>
        <source>Restored the latest backup. The previous database was kept as %1.</source>
        <translation>Đã khôi phục bản sao lưu gần nhất. Tệp dữ liệu cũ được giữ lại với tên %1.</translation>
    </message>
    <message>
        <source>Checked every page of the database file (%1).</source>
        <translation>Đã kiểm tra từng trang của tệp dữ liệu (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the workspace database %1 is damaged, and a copy of it would not be a backup you can trust. Your earlier backups were left as they are; restore the latest one with “chophien-cli restore”.</source>
        <translation>Chưa sao lưu: dữ liệu %1 bị hỏng, nên bản sao của nó không phải là bản sao lưu đáng tin. Các bản sao lưu trước vẫn được giữ nguyên; hãy khôi phục bản gần nhất bằng lệnh “chophien-cli restore”.</translation>
    </message>
    <message>
        <source>Checked the whole database, then wrote the backup to %1.</source>
        <translation>Đã kiểm tra toàn bộ dữ liệu, rồi sao lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manager</source>
        <translation>Người quản lý</translation>
    </message>
    <message>
        <source>unknown %1 command: %2; see --help</source>
        <translation>không có lệnh %1 “%2”; xem --help</translation>
    </message>
</context>
</TS>
