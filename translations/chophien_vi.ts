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
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>How much of each product you have is shown in the “In stock” column of the product list. Every change of stock is kept as a movement, so you can always see why the number is what it is.</source>
        <translation>Số lượng còn lại của từng sản phẩm hiện ở cột “Tồn kho” trong danh sách sản phẩm. Mỗi lần tồn kho thay đổi đều được ghi lại, nên bạn luôn biết vì sao con số là như vậy.</translation>
    </message>
    <message>
        <source>Go to the product list</source>
        <translation>Xem danh sách sản phẩm</translation>
    </message>
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
        <source>Backup written to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Restored the latest backup. The previous database was kept as %1.</source>
        <translation>Đã khôi phục bản sao lưu gần nhất. Tệp dữ liệu cũ được giữ lại với tên %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manager</source>
        <translation>Người quản lý</translation>
    </message>
</context>
</TS>
