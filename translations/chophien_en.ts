<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::AddClerkDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>For example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN (4 digits, optional):</source>
        <translation>PIN (4 digits, optional):</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>PIN again:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The PIN only keeps colleagues from working under your name by mistake.</source>
        <translation>The PIN only keeps colleagues from working under your name by mistake.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>A PIN has exactly 4 digits, or leave it empty.</source>
        <translation>A PIN has exactly 4 digits, or leave it empty.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::BulkEditDialog</name>
    <message>
        <source>Change prices by</source>
        <translation>Change prices by</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Move to category</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message numerus="yes">
        <source>Change %n product(s)</source>
        <translation><numerusform>Change %n product</numerusform><numerusform>Change %n products</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The changes you tick apply to the %n product(s) you chose. Each product keeps its own history line, as if edited one by one.</source>
        <translation><numerusform>The changes you tick apply to the %n product you chose. Each product keeps its own history line, as if edited one by one.</numerusform><numerusform>The changes you tick apply to the %n products you chose. Each product keeps its own history line, as if edited one by one.</numerusform></translation>
    </message>
    <message>
        <source>5 or -10</source>
        <translation>5 or -10</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>rounded to %1</source>
        <translation>rounded to %1</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>For example: Nông sản/Gạo (empty: no category)</source>
        <translation>For example: Nông sản/Gạo (empty: no category)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Archived (kept, no longer sold)</source>
        <translation>Archived (kept, no longer sold)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the percentage as a number from -99,99 to 1000, such as 5 (up) or -10 (down).</source>
        <translation>Type the percentage as a number from -99,99 to 1000, such as 5 (up) or -10 (down).</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n product(s).</source>
        <translation><numerusform>Changed %n product.</numerusform><numerusform>Changed %n products.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not changed, for example “%1”: %2</source>
        <translation><numerusform>%n not changed, for example “%1”: %2</numerusform><numerusform>%n not changed, for example “%1”: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoPhien::CertificationsTab</name>
    <message>
        <source>&amp;Add a certification</source>
        <translation>&amp;Add a certification</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Valid until (dd/mm/yyyy)</source>
        <translation>Valid until (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>For example VietGAP, organic (hữu cơ), GlobalGAP, HACCP or ISO 22000, with the number on the certificate.</source>
        <translation>For example VietGAP, organic (hữu cơ), GlobalGAP, HACCP or ISO 22000, with the number on the certificate.</translation>
    </message>
    <message>
        <source>Write the expiry date as day/month/year, for example 31/12/2026.</source>
        <translation>Write the expiry date as day/month/year, for example 31/12/2026.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ClerkPickerDialog</name>
    <message>
        <source>Who is working now?</source>
        <translation>Who is working now?</translation>
    </message>
    <message>
        <source>Choose your name. Everything you change is recorded under it.</source>
        <translation>Choose your name. Everything you change is recorded under it.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Start working</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::CountStockDialog</name>
    <message>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>Counted quantity:</source>
        <translation>Counted quantity:</translation>
    </message>
    <message>
        <source>Will record:</source>
        <translation>Will record:</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>Save the count</translation>
    </message>
    <message>
        <source>type what you counted</source>
        <translation>type what you counted</translation>
    </message>
    <message>
        <source>nothing: the count agrees with the ledger</source>
        <translation>nothing: the count agrees with the ledger</translation>
    </message>
    <message>
        <source>an adjustment of +%1 (more than the ledger says)</source>
        <translation>an adjustment of +%1 (more than the ledger says)</translation>
    </message>
    <message>
        <source>an adjustment of −%1 (less than the ledger says)</source>
        <translation>an adjustment of −%1 (less than the ledger says)</translation>
    </message>
    <message>
        <source>The count of %1 agrees with the ledger; nothing was recorded.</source>
        <translation>The count of %1 agrees with the ledger; nothing was recorded.</translation>
    </message>
    <message>
        <source>Counted %1: recorded an adjustment of %2.</source>
        <translation>Counted %1: recorded an adjustment of %2.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::DesktopApp</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>The workspace is damaged</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Could not restore the backup</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Could not open the workspace</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Could not create the demo workspace</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Could not create the workspace</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>While checking this workspace, Chợ Phiên found that its file %1 is damaged, and there is no backup to restore. No backup was made of the damaged file.

Copy the whole folder %2 to a USB stick now, and ask someone who knows computers to help before you enter more work.</source>
        <translation>While checking this workspace, Chợ Phiên found that its file %1 is damaged, and there is no backup to restore. No backup was made of the damaged file.

Copy the whole folder %2 to a USB stick now, and ask someone who knows computers to help before you enter more work.</translation>
    </message>
    <message>
        <source>While checking this workspace, Chợ Phiên found that its file %1 is damaged. No backup was made of it, so your earlier backups are safe.

Restoring the latest backup brings your work back as it was on %2; what you changed after that is lost. The damaged file is kept beside it.</source>
        <translation>While checking this workspace, Chợ Phiên found that its file %1 is damaged. No backup was made of it, so your earlier backups are safe.

Restoring the latest backup brings your work back as it was on %2; what you changed after that is lost. The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Restoring the latest backup…</translation>
    </message>
</context>
<context>
    <name>ChoPhien::HoldStockDialog</name>
    <message>
        <source>Hold goods for a buyer</source>
        <translation>Hold goods for a buyer</translation>
    </message>
    <message>
        <source>Quantity to hold:</source>
        <translation>Quantity to hold:</translation>
    </message>
    <message>
        <source>for example: chị Lan, đơn Zalo</source>
        <translation>for example: chị Lan, đơn Zalo</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Held for</translation>
    </message>
    <message>
        <source>Held for:</source>
        <translation>Held for:</translation>
    </message>
    <message>
        <source>From lot:</source>
        <translation>From lot:</translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation>Any lot</translation>
    </message>
    <message>
        <source>optional, for example: picks up on Saturday</source>
        <translation>optional, for example: picks up on Saturday</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Holding %1 of %2 for %3.</source>
        <translation>Holding %1 of %2 for %3.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::MainWindow</name>
    <message>
        <source>About Chợ Phiên</source>
        <translation>About Chợ Phiên</translation>
    </message>
    <message>
        <source>Chợ Phiên %1 — the seller workstation for Vietnam&apos;s unified e-commerce platform. It works offline and sends your work to the platform when there is a connection.</source>
        <translation>Chợ Phiên %1 — the seller workstation for Vietnam&apos;s unified e-commerce platform. It works offline and sends your work to the platform when there is a connection.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Chợ Phiên</source>
        <translation>&amp;About Chợ Phiên</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Find products</source>
        <translation>Find products</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>New &amp;product…</translation>
    </message>
</context>
<context>
    <name>ChoPhien::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>For example: HTX Nông sản Xuân Phong</source>
        <translation>For example: HTX Nông sản Xuân Phong</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>For example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Cooperative or shop name:</source>
        <translation>Cooperative or shop name:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Saved in:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Where to keep the workspace</translation>
    </message>
    <message>
        <source>Type the name of your cooperative or shop.</source>
        <translation>Type the name of your cooperative or shop.</translation>
    </message>
    <message>
        <source>Type your name: your work is recorded under it.</source>
        <translation>Type your name: your work is recorded under it.</translation>
    </message>
    <message>
        <source>Choose where to keep the workspace.</source>
        <translation>Choose where to keep the workspace.</translation>
    </message>
    <message>
        <source>That folder already holds a workspace. Choose another folder, or open it instead.</source>
        <translation>That folder already holds a workspace. Choose another folder, or open it instead.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::OriginPicker</name>
    <message>
        <source>Type a few letters of the commune</source>
        <translation>Type a few letters of the commune</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>No origin</source>
        <translation>No origin</translation>
    </message>
    <message>
        <source>Loading the list of communes…</source>
        <translation>Loading the list of communes…</translation>
    </message>
    <message>
        <source>No commune or ward matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>No commune or ward matches “%1”. Check the spelling, or type fewer letters.</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 was split. Choose where the product is made:</source>
        <translation>Before 7/2025: %1 was split. Choose where the product is made:</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 → now %2</source>
        <translation>Before 7/2025: %1 → now %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one where the product is made.</source>
        <translation><numerusform>%1 was split in July 2025 among %n commune or ward. Choose the one where the product is made.</numerusform><numerusform>%1 was split in July 2025 among %n communes or wards. Choose the one where the product is made.</numerusform></translation>
    </message>
    <message>
        <source>No origin chosen.</source>
        <translation>No origin chosen.</translation>
    </message>
    <message>
        <source>unknown code %1</source>
        <translation>unknown code %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Chosen: %1 (was %2 before July 2025)</source>
        <translation>Chosen: %1 (was %2 before July 2025)</translation>
    </message>
    <message>
        <source>No commune</source>
        <translation>No commune</translation>
    </message>
    <message>
        <source>Before 7/2025: %1 was split. Choose where the household lives:</source>
        <translation>Before 7/2025: %1 was split. Choose where the household lives:</translation>
    </message>
    <message numerus="yes">
        <source>%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one where the household lives.</source>
        <translation><numerusform>%1 was split in July 2025 among %n commune or ward. Choose the one where the household lives.</numerusform><numerusform>%1 was split in July 2025 among %n communes or wards. Choose the one where the household lives.</numerusform></translation>
    </message>
    <message>
        <source>No commune chosen.</source>
        <translation>No commune chosen.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductBasicsTab</name>
    <message>
        <source>Type an amount in đồng, for example 25.000 or 25k.</source>
        <translation>Type an amount in đồng, for example 25.000 or 25k.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n star</numerusform><numerusform>%n stars</numerusform></translation>
    </message>
    <message>
        <source>For example: Mật ong rừng U Minh</source>
        <translation>For example: Mật ong rừng U Minh</translation>
    </message>
    <message>
        <source>Suggested from the name</source>
        <translation>Suggested from the name</translation>
    </message>
    <message>
        <source>13 digits, or scan it</source>
        <translation>13 digits, or scan it</translation>
    </message>
    <message>
        <source>kg, hộp, chai…</source>
        <translation>kg, hộp, chai…</translation>
    </message>
    <message>
        <source>For example: 25.000 or 25k</source>
        <translation>For example: 25.000 or 25k</translation>
    </message>
    <message>
        <source>Empty: no sale</source>
        <translation>Empty: no sale</translation>
    </message>
    <message>
        <source>Separated by commas: quà Tết, OCOP</source>
        <translation>Separated by commas: quà Tết, OCOP</translation>
    </message>
    <message>
        <source>For example: Nông sản/Gạo</source>
        <translation>For example: Nông sản/Gạo</translation>
    </message>
    <message>
        <source>Member household</source>
        <translation>Member household</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Barcode (EAN-13):</source>
        <translation>&amp;Barcode (EAN-13):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Sa&amp;le price:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Product &amp;group:</source>
        <translation>Product &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Pr&amp;oducer:</source>
        <translation>Pr&amp;oducer:</translation>
    </message>
    <message>
        <source>Producer&apos;s p&amp;hone:</source>
        <translation>Producer&apos;s p&amp;hone:</translation>
    </message>
    <message>
        <source>OCOP &amp;rating:</source>
        <translation>OCOP &amp;rating:</translation>
    </message>
    <message>
        <source>OCOP certi&amp;ficate:</source>
        <translation>OCOP certi&amp;ficate:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>This OCOP rating expired on %1: it can no longer be shown on the product until it is renewed.</source>
        <translation>This OCOP rating expired on %1: it can no longer be shown on the product until it is renewed.</translation>
    </message>
    <message>
        <source>This OCOP rating expires on %1: apply for its renewal now.</source>
        <translation>This OCOP rating expires on %1: apply for its renewal now.</translation>
    </message>
    <message>
        <source>Or&amp;igin:</source>
        <translation>Or&amp;igin:</translation>
    </message>
    <message>
        <source>Producer&apos;s co&amp;mmune:</source>
        <translation>Producer&apos;s co&amp;mmune:</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductEditorDialog</name>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Label &amp;&amp; storage</source>
        <translation>Label &amp;&amp; storage</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save, then type the next product (Ctrl+Enter)</source>
        <translation>Save, then type the next product (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save on this computer (Enter)</source>
        <translation>Save on this computer (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Another product already has the SKU “%1”.</source>
        <translation>Another product already has the SKU “%1”.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>The product was not saved</source>
        <translation>The product was not saved</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>Saved “%1” on this computer.</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer. Type the next product.</source>
        <translation>Saved “%1” on this computer. Type the next product.</translation>
    </message>
    <message>
        <source>Copy without saving?</source>
        <translation>Copy without saving?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. The copy starts from what the form shows now; “%1” stays as it was last saved.</source>
        <translation>Your changes to “%1” are not saved. The copy starts from what the form shows now; “%1” stays as it was last saved.</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Make a copy</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>This is a new copy: change what differs, then save it.</source>
        <translation>This is a new copy: change what differs, then save it.</translation>
    </message>
    <message>
        <source>The save was not undone</source>
        <translation>The save was not undone</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>The changes you made are not saved. If you close now, they are lost.</source>
        <translation>The changes you made are not saved. If you close now, they are lost.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Save and add next</source>
        <translation>Save and add next</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Variants &amp;&amp; units</source>
        <translation>Variants &amp;&amp; units</translation>
    </message>
    <message>
        <source>This product still has stock of its own. Stock is kept per variant: count it down to zero first, or make a new product for the variants.</source>
        <translation>This product still has stock of its own. Stock is kept per variant: count it down to zero first, or make a new product for the variants.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductFilterBar</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>OCOP: any</source>
        <translation>OCOP: any</translation>
    </message>
    <message>
        <source>OCOP rated</source>
        <translation>OCOP rated</translation>
    </message>
    <message>
        <source>OCOP 3 stars</source>
        <translation>OCOP 3 stars</translation>
    </message>
    <message>
        <source>OCOP 4 stars</source>
        <translation>OCOP 4 stars</translation>
    </message>
    <message>
        <source>OCOP 5 stars</source>
        <translation>OCOP 5 stars</translation>
    </message>
    <message>
        <source>Not OCOP rated</source>
        <translation>Not OCOP rated</translation>
    </message>
    <message>
        <source>Any stock</source>
        <translation>Any stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>On sale and archived</source>
        <translation>On sale and archived</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>OCOP rating</source>
        <translation>OCOP rating</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductHistoryTab</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>product group</source>
        <translation>product group</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>net quantity</source>
        <translation>net quantity</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>sale price</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>producer&apos;s phone</source>
        <translation>producer&apos;s phone</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>OCOP rating</source>
        <translation>OCOP rating</translation>
    </message>
    <message>
        <source>ingredients</source>
        <translation>ingredients</translation>
    </message>
    <message>
        <source>allergens</source>
        <translation>allergens</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>storage</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>shelf life</source>
        <translation>shelf life</translation>
    </message>
    <message>
        <source>package weight</source>
        <translation>package weight</translation>
    </message>
    <message>
        <source>package size</source>
        <translation>package size</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>certifications</translation>
    </message>
    <message>
        <source>Changes to this product</source>
        <translation>Changes to this product</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Added the product</source>
        <translation>Added the product</translation>
    </message>
    <message>
        <source>Archived the product</source>
        <translation>Archived the product</translation>
    </message>
    <message>
        <source>Changed the %1</source>
        <translation>Changed the %1</translation>
    </message>
    <message>
        <source>producer&apos;s commune</source>
        <translation>producer&apos;s commune</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductLabelTab</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Net &amp;quantity:</source>
        <translation>Net &amp;quantity:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingredients:</translation>
    </message>
    <message>
        <source>&amp;Allergens:</source>
        <translation>&amp;Allergens:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Storage:</translation>
    </message>
    <message>
        <source>S&amp;helf life:</source>
        <translation>S&amp;helf life:</translation>
    </message>
    <message>
        <source>Package &amp;weight:</source>
        <translation>Package &amp;weight:</translation>
    </message>
    <message>
        <source>Package si&amp;ze (L × W × H):</source>
        <translation>Package si&amp;ze (L × W × H):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Type a number, for example 500 or 1,5 (the unit is chosen beside it).</source>
        <translation>Type a number, for example 500 or 1,5 (the unit is chosen beside it).</translation>
    </message>
    <message>
        <source>e.g. 500 or 1,5</source>
        <translation>e.g. 500 or 1,5</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage:</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductListModel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n star</numerusform><numerusform>%n stars</numerusform></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n variant(s)</source>
        <translation><numerusform>%1 · %n variant</numerusform><numerusform>%1 · %n variants</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductUnitsBox</name>
    <message>
        <source>Add a selling &amp;unit</source>
        <translation>Add a selling &amp;unit</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Remove unit</translation>
    </message>
    <message>
        <source>Selling units</source>
        <translation>Selling units</translation>
    </message>
    <message>
        <source>Sold also in bigger packs? For example 1 bao = 50 kg: unit “bao”, holds 50.</source>
        <translation>Sold also in bigger packs? For example 1 bao = 50 kg: unit “bao”, holds 50.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Holds (in the product&apos;s unit)</source>
        <translation>Holds (in the product&apos;s unit)</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>Holds (%1)</translation>
    </message>
    <message>
        <source>Type how much one %1 holds, for example 50 or 0,5.</source>
        <translation>Type how much one %1 holds, for example 50 or 0,5.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductVariantsTab</name>
    <message>
        <source>Add a &amp;variant</source>
        <translation>Add a &amp;variant</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remove variant</translation>
    </message>
    <message>
        <source>For example: Dung tích</source>
        <translation>For example: Dung tích</translation>
    </message>
    <message>
        <source>Optional, for example: Loại</source>
        <translation>Optional, for example: Loại</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>&amp;First option:</source>
        <translation>&amp;First option:</translation>
    </message>
    <message>
        <source>S&amp;econd option:</source>
        <translation>S&amp;econd option:</translation>
    </message>
    <message>
        <source>Sold in several sizes or grades? Name what differs, then add one row per variant: each has its own SKU, barcode, price and stock.</source>
        <translation>Sold in several sizes or grades? Name what differs, then add one row per variant: each has its own SKU, barcode, price and stock.</translation>
    </message>
    <message>
        <source>Selling units</source>
        <translation>Selling units</translation>
    </message>
    <message>
        <source>First option</source>
        <translation>First option</translation>
    </message>
    <message>
        <source>Second option</source>
        <translation>Second option</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Type each variant&apos;s price in đồng, for example 25.000 or 25k.</source>
        <translation>Type each variant&apos;s price in đồng, for example 25.000 or 25k.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Product list</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message>
        <source>Add your first product, or bring in your product list from Excel. To look around first, open the demo workspace: it has sample products you can try everything on.</source>
        <translation>Add your first product, or bring in your product list from Excel. To look around first, open the demo workspace: it has sample products you can try everything on.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nothing matches “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them</source>
        <translation><numerusform>The first %n matches; type more to narrow them</numerusform><numerusform>The first %n matches; type more to narrow them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>Search by name, SKU, barcode, producer… (Ctrl+F)</source>
        <translation>Search by name, SKU, barcode, producer… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Add a product (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>The save was not undone</source>
        <translation>The save was not undone</translation>
    </message>
    <message numerus="yes">
        <source>Change %n chosen product(s)…</source>
        <translation><numerusform>Change %n chosen product…</numerusform><numerusform>Change %n chosen products…</numerusform></translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>No product matches these filters</translation>
    </message>
    <message>
        <source>Change the price, category or status of every chosen product at once</source>
        <translation>Change the price, category or status of every chosen product at once</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Archive instead?</translation>
    </message>
    <message>
        <source>“%1” has stock history, so it is archived instead of deleted: it keeps its history and is no longer sold. You can put it on sale again later.</source>
        <translation>“%1” has stock history, so it is archived instead of deleted: it keeps its history and is no longer sold. You can put it on sale again later.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete this product?</source>
        <translation>Delete this product?</translation>
    </message>
    <message>
        <source>“%1” has no stock history. Deleting removes it from the list for good.</source>
        <translation>“%1” has no stock history. Deleting removes it from the list for good.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation>Archived “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ReceiveStockDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <source>Quantity received:</source>
        <translation>Quantity received:</translation>
    </message>
    <message>
        <source>empty: a lot code is made for today</source>
        <translation>empty: a lot code is made for today</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Lot code</translation>
    </message>
    <message>
        <source>Lot code:</source>
        <translation>Lot code:</translation>
    </message>
    <message>
        <source>Harvested on:</source>
        <translation>Harvested on:</translation>
    </message>
    <message>
        <source>Produced on:</source>
        <translation>Produced on:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Expires on:</translation>
    </message>
    <message>
        <source>the member household, for example Hộ Lò Văn Páo</source>
        <translation>the member household, for example Hộ Lò Văn Páo</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <source>Supplied by:</source>
        <translation>Supplied by:</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or leave empty</source>
        <translation>dd/mm/yyyy, or leave empty</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as day/month/year, for example 23/11/2026.</source>
        <translation>“%1” is not a date. Write it as day/month/year, for example 23/11/2026.</translation>
    </message>
    <message>
        <source>Received %1 of %2 into lot %3.</source>
        <translation>Received %1 of %2 into lot %3.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SellStockDialog</name>
    <message>
        <source>Sell at the market</source>
        <translation>Sell at the market</translation>
    </message>
    <message>
        <source>Quantity sold:</source>
        <translation>Quantity sold:</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Taken from:</translation>
    </message>
    <message>
        <source>optional, for example the buyer</source>
        <translation>optional, for example the buyer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Record the sale</source>
        <translation>Record the sale</translation>
    </message>
    <message>
        <source>the lots that expire first</source>
        <translation>the lots that expire first</translation>
    </message>
    <message>
        <source>stock in no lot</source>
        <translation>stock in no lot</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(expires %1)</translation>
    </message>
    <message>
        <source>%1 is missing: not enough stock that can be sold.</source>
        <translation>%1 is missing: not enough stock that can be sold.</translation>
    </message>
    <message>
        <source>Sold %1 of %2 at the market.</source>
        <translation>Sold %1 of %2 at the market.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SettingsPage</name>
    <message>
        <source>working now</source>
        <translation>working now</translation>
    </message>
    <message>
        <source>has a PIN</source>
        <translation>has a PIN</translation>
    </message>
    <message>
        <source>Name: %1
Folder: %2
Data version: %3</source>
        <translation>Name: %1
Folder: %2
Data version: %3</translation>
    </message>
    <message>
        <source>Could not add the person</source>
        <translation>Could not add the person</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>People who work on this computer</source>
        <translation>People who work on this computer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Change who is working…</source>
        <translation>Change who is working…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
</context>
<context>
    <name>ChoPhien::SpoilStockDialog</name>
    <message>
        <source>Write off spoilage</source>
        <translation>Write off spoilage</translation>
    </message>
    <message>
        <source>Quantity spoiled:</source>
        <translation>Quantity spoiled:</translation>
    </message>
    <message>
        <source>From lot:</source>
        <translation>From lot:</translation>
    </message>
    <message>
        <source>The lots that expire first</source>
        <translation>The lots that expire first</translation>
    </message>
    <message>
        <source>what happened, for example: mouldy, bottle broken</source>
        <translation>what happened, for example: mouldy, bottle broken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>Wrote off %1 of %2 as spoiled.</source>
        <translation>Wrote off %1 of %2 as spoiled.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StatusPanel</name>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Working: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Change who is working</translation>
    </message>
    <message>
        <source>Not connected to the platform</source>
        <translation>Not connected to the platform</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Connecting to the platform comes with signing in.</source>
        <translation>Everything is saved on this computer. Connecting to the platform comes with signing in.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockActionDialog</name>
    <message>
        <source>On hand: %1 · held: %2 · sellable: %3</source>
        <translation>On hand: %1 · held: %2 · sellable: %3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>for example 2,5</source>
        <translation>for example 2,5</translation>
    </message>
    <message>
        <source>Type the quantity.</source>
        <translation>Type the quantity.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</source>
        <translation>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockListModel</name>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Expired lot</translation>
    </message>
    <message>
        <source>Short for holds</source>
        <translation>Short for holds</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Sellable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Next expiry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChoPhien::StockPage</name>
    <message>
        <source>Sold the goods held for %1.</source>
        <translation>Sold the goods held for %1.</translation>
    </message>
    <message>
        <source>Cancelled the hold for %1: the goods can be sold again.</source>
        <translation>Cancelled the hold for %1: the goods can be sold again.</translation>
    </message>
    <message>
        <source>Saved on this computer: %1</source>
        <translation>Saved on this computer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) low on stock</source>
        <translation><numerusform>%n product low on stock</numerusform><numerusform>%n products low on stock</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expiring or expired</source>
        <translation><numerusform>%n lot expiring or expired</numerusform><numerusform>%n lots expiring or expired</numerusform></translation>
    </message>
    <message>
        <source>Held for buyers (%1)</source>
        <translation>Held for buyers (%1)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Find a product by name, SKU or barcode…</source>
        <translation>Find a product by name, SKU or barcode…</translation>
    </message>
    <message>
        <source>Search stock</source>
        <translation>Search stock</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expiring means within</source>
        <translation>Expiring means within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <source>Sell at the market</source>
        <translation>Sell at the market</translation>
    </message>
    <message>
        <source>Write off spoilage</source>
        <translation>Write off spoilage</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>Hold for a buyer</source>
        <translation>Hold for a buyer</translation>
    </message>
    <message>
        <source>Low-stock alert</source>
        <translation>Low-stock alert</translation>
    </message>
    <message>
        <source>Sold: record the sale</source>
        <translation>Sold: record the sale</translation>
    </message>
    <message>
        <source>Cancel the hold</source>
        <translation>Cancel the hold</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Recent movements</source>
        <translation>Recent movements</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Harvested</source>
        <translation>Harvested</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Held for</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>Stock list</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message>
        <source>Stock is kept for each product. Add your products first; then receive goods, record sales and count stock here.</source>
        <translation>Stock is kept for each product. Add your products first; then receive goods, record sales and count stock here.</translation>
    </message>
    <message>
        <source>Go to the product list</source>
        <translation>Go to the product list</translation>
    </message>
</context>
<context>
    <name>ChoPhien::ThresholdDialog</name>
    <message>
        <source>Low-stock alert</source>
        <translation>Low-stock alert</translation>
    </message>
    <message>
        <source>Warn at or below:</source>
        <translation>Warn at or below:</translation>
    </message>
    <message>
        <source>The product is shown as “Low stock” when what is on hand falls to this quantity. 0 turns the alert off.</source>
        <translation>The product is shown as “Low stock” when what is on hand falls to this quantity. 0 turns the alert off.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No low-stock alert for %1 any more.</source>
        <translation>No low-stock alert for %1 any more.</translation>
    </message>
    <message>
        <source>%1 is shown as low on stock at %2 or less.</source>
        <translation>%1 is shown as low on stock at %2 or less.</translation>
    </message>
</context>
<context>
    <name>ChoPhien::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChoPhien::WorkspaceChooserDialog</name>
    <message>
        <source>Welcome to Chợ Phiên</source>
        <translation>Welcome to Chợ Phiên</translation>
    </message>
    <message>
        <source>Chợ Phiên keeps your products, stock and orders on this computer, and sends them to the e-commerce platform whenever there is a connection. Where do you want to start?</source>
        <translation>Chợ Phiên keeps your products, stock and orders on this computer, and sends them to the e-commerce platform whenever there is a connection. Where do you want to start?</translation>
    </message>
    <message>
        <source>Start a new workspace</source>
        <translation>Start a new workspace</translation>
    </message>
    <message>
        <source>For your cooperative or shop: an empty workspace to fill with your own products.</source>
        <translation>For your cooperative or shop: an empty workspace to fill with your own products.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <source>Sample products to practise on. Nothing you do there is sent anywhere.</source>
        <translation>Sample products to practise on. Nothing you do there is sent anywhere.</translation>
    </message>
    <message>
        <source>Open a workspace folder…</source>
        <translation>Open a workspace folder…</translation>
    </message>
    <message>
        <source>A workspace already on this computer or on a USB stick.</source>
        <translation>A workspace already on this computer or on a USB stick.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <source>Recent workspaces (double-click to open):</source>
        <translation>Recent workspaces (double-click to open):</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
</context>
<context>
    <name>ClerkChoice</name>
    <message>
        <source>The workspace has no active clerk to record the change.</source>
        <translation>The workspace has no active clerk to record the change.</translation>
    </message>
    <message>
        <source>No active clerk is named “%1”.</source>
        <translation>No active clerk is named “%1”.</translation>
    </message>
</context>
<context>
    <name>OldAddressMapper</name>
    <message>
        <source>No commune had the code %1 before July 2025.</source>
        <translation>No commune had the code %1 before July 2025.</translation>
    </message>
    <message>
        <source>Type an old address, for example “xã Hương Sơn, huyện Mỹ Đức, Hà Nội”.</source>
        <translation>Type an old address, for example “xã Hương Sơn, huyện Mỹ Đức, Hà Nội”.</translation>
    </message>
    <message>
        <source>“%1” is not a district or province of before July 2025.</source>
        <translation>“%1” is not a district or province of before July 2025.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a commune, district or province of before July 2025.</source>
        <translation>“%1” is not the name of a commune, district or province of before July 2025.</translation>
    </message>
    <message>
        <source>No commune of %1 was called “%2” before July 2025.</source>
        <translation>No commune of %1 was called “%2” before July 2025.</translation>
    </message>
</context>
<context>
    <name>OriginResolver</name>
    <message>
        <source>%1 communes or wards are called “%2”: add the province, for example “%3”.</source>
        <translation>%1 communes or wards are called “%2”: add the province, for example “%3”.</translation>
    </message>
    <message numerus="yes">
        <source>Before July 2025 %1 was split among %n commune(s): choose the one where the product is made.</source>
        <translation><numerusform>Before July 2025 %1 was split among %n commune: choose the one where the product is made.</numerusform><numerusform>Before July 2025 %1 was split among %n communes: choose the one where the product is made.</numerusform></translation>
    </message>
    <message>
        <source>Several places were called “%1” before July 2025: add the district and province.</source>
        <translation>Several places were called “%1” before July 2025: add the district and province.</translation>
    </message>
    <message>
        <source>%1 is now in %2: choose the commune or ward.</source>
        <translation>%1 is now in %2: choose the commune or ward.</translation>
    </message>
    <message>
        <source>Several communes or wards start with “%1”: type more of the name.</source>
        <translation>Several communes or wards start with “%1”: type more of the name.</translation>
    </message>
    <message>
        <source>No commune or ward of 2025 is called “%1”. %2</source>
        <translation>No commune or ward of 2025 is called “%1”. %2</translation>
    </message>
</context>
<context>
    <name>ProductBulkEdit</name>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>The new price would be too large.</source>
        <translation>The new price would be too large.</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <source>Field options such as --%1 go with product add and edit only.</source>
        <translation>Field options such as --%1 go with product add and edit only.</translation>
    </message>
    <message>
        <source>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</source>
        <translation>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</translation>
    </message>
    <message>
        <source>Unknown product group “%1”; use one of: %2.</source>
        <translation>Unknown product group “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Another product already has the SKU %1.</source>
        <translation>Another product already has the SKU %1.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing to change in %1.</source>
        <translation>Nothing to change in %1.</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>Changed %1: %2.</translation>
    </message>
    <message>
        <source>product add needs --name, --price and --unit.</source>
        <translation>product add needs --name, --price and --unit.</translation>
    </message>
    <message>
        <source>product edit needs at least one field option, such as --price.</source>
        <translation>product edit needs at least one field option, such as --price.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>No product has the SKU or id “%1”.</translation>
    </message>
    <message>
        <source>Price: %1 per %2</source>
        <translation>Price: %1 per %2</translation>
    </message>
    <message>
        <source>Sale price: %1</source>
        <translation>Sale price: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Barcode: %1</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Producer: %1</translation>
    </message>
    <message>
        <source>In stock: %1 %2</source>
        <translation>In stock: %1 %2</translation>
    </message>
    <message>
        <source>Archived: no longer sold.</source>
        <translation>Archived: no longer sold.</translation>
    </message>
    <message>
        <source>Archived %1: it keeps its history but is no longer sold.</source>
        <translation>Archived %1: it keeps its history but is no longer sold.</translation>
    </message>
    <message>
        <source>Candidates: %1.</source>
        <translation>Candidates: %1.</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>--%1 goes with product variant and product unit commands only.</source>
        <translation>--%1 goes with product variant and product unit commands only.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 is on sale again.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>“%1” is an address from before July 2025; it is now %2.</source>
        <translation>“%1” is an address from before July 2025; it is now %2.</translation>
    </message>
    <message>
        <source>Producer&apos;s commune: %1</source>
        <translation>Producer&apos;s commune: %1</translation>
    </message>
</context>
<context>
    <name>ProductGroup</name>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Beverage</source>
        <translation>Beverage</translation>
    </message>
    <message>
        <source>Alcoholic drink</source>
        <translation>Alcoholic drink</translation>
    </message>
    <message>
        <source>Health supplement</source>
        <translation>Health supplement</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation>Cosmetics</translation>
    </message>
    <message>
        <source>Handicraft</source>
        <translation>Handicraft</translation>
    </message>
    <message>
        <source>Textile</source>
        <translation>Textile</translation>
    </message>
    <message>
        <source>Agricultural material</source>
        <translation>Agricultural material</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ProductListCommands</name>
    <message>
        <source>product %1 does not take --%2.</source>
        <translation>product %1 does not take --%2.</translation>
    </message>
    <message>
        <source>Unknown product group “%1”; use one of: %2.</source>
        <translation>Unknown product group “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 takes one of: %2.</translation>
    </message>
    <message>
        <source>--sort takes name, sku, price or ocop, optionally followed by -desc.</source>
        <translation>--sort takes name, sku, price or ocop, optionally followed by -desc.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more; --limit shows more.</source>
        <translation><numerusform>… %n more; --limit shows more.</numerusform><numerusform>… %n more; --limit shows more.</numerusform></translation>
    </message>
    <message>
        <source>No product has a category yet.</source>
        <translation>No product has a category yet.</translation>
    </message>
    <message>
        <source>--round-to takes an amount of đồng such as 1, 100 or 1.000.</source>
        <translation>--round-to takes an amount of đồng such as 1, 100 or 1.000.</translation>
    </message>
    <message>
        <source>--price-percent takes a percentage from -99,99 to 1000, such as 5 or -2,5.</source>
        <translation>--price-percent takes a percentage from -99,99 to 1000, such as 5 or -2,5.</translation>
    </message>
    <message>
        <source>--set-status takes active or archived.</source>
        <translation>--set-status takes active or archived.</translation>
    </message>
    <message>
        <source>Say what to change: --price-percent, --set-category or --set-status.</source>
        <translation>Say what to change: --price-percent, --set-category or --set-status.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>No product has the SKU or id “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n product(s).</source>
        <translation><numerusform>Changed %n product.</numerusform><numerusform>Changed %n products.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) already had it.</source>
        <translation><numerusform>%n product already had it.</numerusform><numerusform>%n products already had it.</numerusform></translation>
    </message>
    <message>
        <source>Not changed: %1: %2</source>
        <translation>Not changed: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n variant(s))</source>
        <translation><numerusform> (%n variant)</numerusform><numerusform> (%n variants)</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductRemoval</name>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>“%1” has stock history, so it cannot be deleted. Archive it instead: it keeps its history and is no longer sold.</source>
        <translation>“%1” has stock history, so it cannot be deleted. Archive it instead: it keeps its history and is no longer sold.</translation>
    </message>
</context>
<context>
    <name>ProductStore</name>
    <message>
        <source>The product this variant belongs to is not in this workspace.</source>
        <translation>The product this variant belongs to is not in this workspace.</translation>
    </message>
    <message>
        <source>%1 is itself a variant: add the new variant to %2&apos;s product instead.</source>
        <translation>%1 is itself a variant: add the new variant to %2&apos;s product instead.</translation>
    </message>
    <message>
        <source>%1 is archived: it cannot get new variants.</source>
        <translation>%1 is archived: it cannot get new variants.</translation>
    </message>
    <message>
        <source>%1 still has stock of its own (%2 %3). Stock is kept per variant: count it down to zero first, or make a new product for the variants.</source>
        <translation>%1 still has stock of its own (%2 %3). Stock is kept per variant: count it down to zero first, or make a new product for the variants.</translation>
    </message>
</context>
<context>
    <name>ProductUndo</name>
    <message>
        <source>Undone: “%1” is no longer in the product list.</source>
        <translation>Undone: “%1” is no longer in the product list.</translation>
    </message>
    <message>
        <source>Undone: “%1” is back as it was before.</source>
        <translation>Undone: “%1” is back as it was before.</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>Type the product&apos;s name.</source>
        <translation>Type the product&apos;s name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 255 characters).</source>
        <translation>The name is too long (at most 255 characters).</translation>
    </message>
    <message>
        <source>Give the product an SKU (a short code of your own).</source>
        <translation>Give the product an SKU (a short code of your own).</translation>
    </message>
    <message>
        <source>The SKU is too long (at most 64 characters).</source>
        <translation>The SKU is too long (at most 64 characters).</translation>
    </message>
    <message>
        <source>The barcode&apos;s last digit does not match the others: check that it was typed correctly.</source>
        <translation>The barcode&apos;s last digit does not match the others: check that it was typed correctly.</translation>
    </message>
    <message>
        <source>A barcode (EAN-13) has exactly 13 digits.</source>
        <translation>A barcode (EAN-13) has exactly 13 digits.</translation>
    </message>
    <message>
        <source>Choose the unit it is sold in (kg, hộp, chai…).</source>
        <translation>Choose the unit it is sold in (kg, hộp, chai…).</translation>
    </message>
    <message>
        <source>Unknown product group “%1”.</source>
        <translation>Unknown product group “%1”.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The sale price must be lower than the price.</source>
        <translation>The sale price must be lower than the price.</translation>
    </message>
    <message>
        <source>OCOP ratings have 3, 4 or 5 stars.</source>
        <translation>OCOP ratings have 3, 4 or 5 stars.</translation>
    </message>
    <message>
        <source>An OCOP rating needs its certificate number and decision date.</source>
        <translation>An OCOP rating needs its certificate number and decision date.</translation>
    </message>
    <message>
        <source>Each certification needs its kind and number.</source>
        <translation>Each certification needs its kind and number.</translation>
    </message>
    <message>
        <source>Quantities, weights and sizes cannot be negative.</source>
        <translation>Quantities, weights and sizes cannot be negative.</translation>
    </message>
    <message>
        <source>Each selling unit needs its name (bao, thùng…).</source>
        <translation>Each selling unit needs its name (bao, thùng…).</translation>
    </message>
    <message>
        <source>“%1” is already the product&apos;s unit.</source>
        <translation>“%1” is already the product&apos;s unit.</translation>
    </message>
    <message>
        <source>The unit “%1” is given twice.</source>
        <translation>The unit “%1” is given twice.</translation>
    </message>
    <message>
        <source>Say how much one %1 holds: more than zero.</source>
        <translation>Say how much one %1 holds: more than zero.</translation>
    </message>
</context>
<context>
    <name>ProductVariants</name>
    <message>
        <source>Name the first option (for example “Dung tích”) before the second.</source>
        <translation>Name the first option (for example “Dung tích”) before the second.</translation>
    </message>
    <message>
        <source>The two options need different names.</source>
        <translation>The two options need different names.</translation>
    </message>
    <message>
        <source>A variant cannot have variants of its own.</source>
        <translation>A variant cannot have variants of its own.</translation>
    </message>
    <message>
        <source>Every variant needs its %1.</source>
        <translation>Every variant needs its %1.</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>Every variant needs its %1 and its %2.</source>
        <translation>Every variant needs its %1 and its %2.</translation>
    </message>
    <message>
        <source>Variant “%1” has a second option, but the product has no second option name.</source>
        <translation>Variant “%1” has a second option, but the product has no second option name.</translation>
    </message>
    <message>
        <source>Two variants are both “%1”: each combination of options once.</source>
        <translation>Two variants are both “%1”: each combination of options once.</translation>
    </message>
    <message>
        <source>The SKU %1 is used twice: each variant needs its own.</source>
        <translation>The SKU %1 is used twice: each variant needs its own.</translation>
    </message>
    <message>
        <source>Variant “%1”: %2</source>
        <translation>Variant “%1”: %2</translation>
    </message>
    <message>
        <source>Name the option the variants differ in (for example “Dung tích”).</source>
        <translation>Name the option the variants differ in (for example “Dung tích”).</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPages</name>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>Orders from the platform appear here once your shop is connected to the platform. You can keep working on your products meanwhile.</source>
        <translation>Orders from the platform appear here once your shop is connected to the platform. You can keep working on your products meanwhile.</translation>
    </message>
    <message>
        <source>Not connected to the platform</source>
        <translation>Not connected to the platform</translation>
    </message>
    <message>
        <source>Everything you do is already saved on this computer; nothing is lost without a connection. Once your shop has a platform account, sending your products to it starts here.</source>
        <translation>Everything you do is already saved on this computer; nothing is lost without a connection. Once your shop has a platform account, sending your products to it starts here.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>New to selling online? Open the demo workspace and try things out on sample products: nothing there reaches the real platform.</source>
        <translation>New to selling online? Open the demo workspace and try things out on sample products: nothing there reaches the real platform.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <source>--expires, --harvested, --produced and --supplier go with stock receive only.</source>
        <translation>--expires, --harvested, --produced and --supplier go with stock receive only.</translation>
    </message>
    <message>
        <source>stock show takes no --lot: it shows every lot.</source>
        <translation>stock show takes no --lot: it shows every lot.</translation>
    </message>
    <message>
        <source>--note goes with stock sell, spoil, return and adjust only.</source>
        <translation>--note goes with stock sell, spoil, return and adjust only.</translation>
    </message>
    <message>
        <source>stock adjust needs --note TEXT: why the stock changes.</source>
        <translation>stock adjust needs --note TEXT: why the stock changes.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</source>
        <translation>“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-23.</source>
        <translation>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-23.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>No product has the SKU or id “%1”.</translation>
    </message>
    <message>
        <source>%1 has no lot “%2”.</source>
        <translation>%1 has no lot “%2”.</translation>
    </message>
    <message>
        <source>  lot %1: %2</source>
        <translation>  lot %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Received %1 %2 of %3 into lot %4.</source>
        <translation>Received %1 %2 of %3 into lot %4.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>It expires on %1.</translation>
    </message>
    <message>
        <source>On hand: %1 %2.</source>
        <translation>On hand: %1 %2.</translation>
    </message>
    <message>
        <source>Sold %1 of %2 at the market.</source>
        <translation>Sold %1 of %2 at the market.</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 as spoiled.</source>
        <translation>Recorded %1 of %2 as spoiled.</translation>
    </message>
    <message>
        <source>Took back %1 of %2.</source>
        <translation>Took back %1 of %2.</translation>
    </message>
    <message>
        <source>Adjusted %1 by %2 %3 (%4).</source>
        <translation>Adjusted %1 by %2 %3 (%4).</translation>
    </message>
    <message>
        <source>The count of %1 (%2) agrees with the ledger; nothing was recorded.</source>
        <translation>The count of %1 (%2) agrees with the ledger; nothing was recorded.</translation>
    </message>
    <message>
        <source>Counted %1 of %2: recorded an adjustment of %3 %4.</source>
        <translation>Counted %1 of %2: recorded an adjustment of %3 %4.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 on hand</source>
        <translation>%1 (%2): %3 on hand</translation>
    </message>
    <message>
        <source>No lot holds stock.</source>
        <translation>No lot holds stock.</translation>
    </message>
    <message>
        <source>Lots, the first to sell first:</source>
        <translation>Lots, the first to sell first:</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>in no lot: %1</source>
        <translation>in no lot: %1</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>No stock movements yet.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n movement(s), newest first:</source>
        <translation><numerusform>Last %n movement, newest first:</numerusform><numerusform>Last %n movements, newest first:</numerusform></translation>
    </message>
    <message>
        <source>--reference, --reason, --filter and --days go with stock hold, release, list and alerts only.</source>
        <translation>--reference, --reason, --filter and --days go with stock hold, release, list and alerts only.</translation>
    </message>
    <message>
        <source>Held for buyers: %1 · sellable: %2</source>
        <translation>Held for buyers: %1 · sellable: %2</translation>
    </message>
    <message>
        <source>stock show takes no --unit: it shows the product&apos;s unit.</source>
        <translation>stock show takes no --unit: it shows the product&apos;s unit.</translation>
    </message>
    <message>
        <source>%1 %2 is not an exact amount of %3 (1 %2 = %4 %3): give the quantity in %3 instead.</source>
        <translation>%1 %2 is not an exact amount of %3 (1 %2 = %4 %3): give the quantity in %3 instead.</translation>
    </message>
    <message>
        <source>%1 is not sold by the %2; its units are: %3. Add one with product unit add.</source>
        <translation>%1 is not sold by the %2; its units are: %3. Add one with product unit add.</translation>
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
        <translation>stock hold needs --reference TEXT: who the goods are held for.</translation>
    </message>
    <message>
        <source>--reference goes with stock hold only.</source>
        <translation>--reference goes with stock hold only.</translation>
    </message>
    <message>
        <source>--reason goes with stock release only.</source>
        <translation>--reason goes with stock release only.</translation>
    </message>
    <message>
        <source>--reason takes fulfilled or cancelled.</source>
        <translation>--reason takes fulfilled or cancelled.</translation>
    </message>
    <message>
        <source>--lot goes with stock hold here.</source>
        <translation>--lot goes with stock hold here.</translation>
    </message>
    <message>
        <source>--note goes with stock hold here.</source>
        <translation>--note goes with stock hold here.</translation>
    </message>
    <message>
        <source>--filter takes all, low or expiring, and goes with stock list only.</source>
        <translation>--filter takes all, low or expiring, and goes with stock list only.</translation>
    </message>
    <message>
        <source>--days takes a number of days from 0 to 3650.</source>
        <translation>--days takes a number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>Held %1 of %2 for %3 (hold %4). Sellable now: %5.</source>
        <translation>Held %1 of %2 for %3 (hold %4). Sellable now: %5.</translation>
    </message>
    <message>
        <source>No hold has the id “%1”. stock holds lists them.</source>
        <translation>No hold has the id “%1”. stock holds lists them.</translation>
    </message>
    <message>
        <source>Sold the %1 of %2 held for %3; the hold is released.</source>
        <translation>Sold the %1 of %2 held for %3; the hold is released.</translation>
    </message>
    <message>
        <source>Cancelled the hold of %1 of %2 for %3: the goods can be sold again.</source>
        <translation>Cancelled the hold of %1 of %2 for %3: the goods can be sold again.</translation>
    </message>
    <message>
        <source>Nothing is held for buyers.</source>
        <translation>Nothing is held for buyers.</translation>
    </message>
    <message numerus="yes">
        <source>%n open hold(s), the oldest first:</source>
        <translation><numerusform>%n open hold, the oldest first:</numerusform><numerusform>%n open holds, the oldest first:</numerusform></translation>
    </message>
    <message>
        <source>No low-stock alert for %1 any more.</source>
        <translation>No low-stock alert for %1 any more.</translation>
    </message>
    <message>
        <source>%1 is shown as low on stock at %2 or less.</source>
        <translation>%1 is shown as low on stock at %2 or less.</translation>
    </message>
    <message>
        <source>It is low now: %1 on hand.</source>
        <translation>It is low now: %1 on hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) low on stock:</source>
        <translation><numerusform>%n product low on stock:</numerusform><numerusform>%n products low on stock:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expired or expiring within %1 days:</source>
        <translation><numerusform>%n lot expired or expiring within %1 days:</numerusform><numerusform>%n lots expired or expiring within %1 days:</numerusform></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>next expiry %1</source>
        <translation>next expiry %1</translation>
    </message>
</context>
<context>
    <name>StockHolds</name>
    <message>
        <source>Write who the goods are held for, for example “chị Lan, đơn Zalo”.</source>
        <translation>Write who the goods are held for, for example “chị Lan, đơn Zalo”.</translation>
    </message>
    <message>
        <source>%1 has no such lot: choose one of its own lots.</source>
        <translation>%1 has no such lot: choose one of its own lots.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2, so it cannot be held for a buyer.</source>
        <translation>Lot %1 expired on %2, so it cannot be held for a buyer.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be held (%3 on hand, %4 already held), so %5 cannot be held.</source>
        <translation>Only %1 of %2 can still be held (%3 on hand, %4 already held), so %5 cannot be held.</translation>
    </message>
    <message>
        <source>Only %1 of lot %2 can still be held, so %3 cannot be held.</source>
        <translation>Only %1 of lot %2 can still be held, so %3 cannot be held.</translation>
    </message>
    <message>
        <source>No hold has the id %1.</source>
        <translation>No hold has the id %1.</translation>
    </message>
    <message>
        <source>The hold for %1 was already released.</source>
        <translation>The hold for %1 was already released.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be sold: %3 is held for %4. Release a hold first, or sell less.</source>
        <translation>Only %1 of %2 can be sold: %3 is held for %4. Release a hold first, or sell less.</translation>
    </message>
    <message>
        <source>Only %1 of lot %2 can be sold: %3 is held for %4. Release a hold first, or sell from another lot.</source>
        <translation>Only %1 of lot %2 can be sold: %3 is held for %4. Release a hold first, or sell from another lot.</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>received</source>
        <comment>stock movement reason</comment>
        <translation>received</translation>
    </message>
    <message>
        <source>sold online</source>
        <comment>stock movement reason</comment>
        <translation>sold online</translation>
    </message>
    <message>
        <source>sold at the market</source>
        <comment>stock movement reason</comment>
        <translation>sold at the market</translation>
    </message>
    <message>
        <source>spoiled</source>
        <comment>stock movement reason</comment>
        <translation>spoiled</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>stock movement reason</comment>
        <translation>returned</translation>
    </message>
    <message>
        <source>adjustment</source>
        <comment>stock movement reason</comment>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>The product is not in this workspace.</source>
        <translation>The product is not in this workspace.</translation>
    </message>
    <message>
        <source>The lot is not in this workspace.</source>
        <translation>The lot is not in this workspace.</translation>
    </message>
    <message>
        <source>Lot %1 belongs to another product, not to %2.</source>
        <translation>Lot %1 belongs to another product, not to %2.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is more than can be recorded.</source>
        <translation>%1 is more than can be recorded.</translation>
    </message>
    <message>
        <source>Lot %1 of %2 expired on %3 and cannot be sold; record it as spoiled instead.</source>
        <translation>Lot %1 of %2 expired on %3 and cannot be sold; record it as spoiled instead.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is left in lot %3, so %4 cannot be taken from it.</source>
        <translation>Only %1 of %2 is left in lot %3, so %4 cannot be taken from it.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be sold, so %3 cannot be sold: the rest is past its expiry date.</source>
        <translation>Only %1 of %2 can be sold, so %3 cannot be sold: the rest is past its expiry date.</translation>
    </message>
    <message>
        <source>Only %1 of %2 is in stock, so %3 cannot be taken.</source>
        <translation>Only %1 of %2 is in stock, so %3 cannot be taken.</translation>
    </message>
    <message>
        <source>Lot %1 is already recorded with a different harvest date, production date, expiry or supplier. Use a new lot code, or leave those details out.</source>
        <translation>Lot %1 is already recorded with a different harvest date, production date, expiry or supplier. Use a new lot code, or leave those details out.</translation>
    </message>
    <message>
        <source>The expiry date %1 is before the harvest or production date %2.</source>
        <translation>The expiry date %1 is before the harvest or production date %2.</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>An adjustment of zero changes nothing.</translation>
    </message>
    <message>
        <source>Write down why the stock is adjusted.</source>
        <translation>Write down why the stock is adjusted.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be below zero.</source>
        <translation>A counted quantity cannot be below zero.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Counted: %1</translation>
    </message>
    <message>
        <source>%1 is sold in variants (%2): stock is kept for each variant, so name the variant by its SKU.</source>
        <translation>%1 is sold in variants (%2): stock is kept for each variant, so name the variant by its SKU.</translation>
    </message>
</context>
<context>
    <name>StockThresholds</name>
    <message>
        <source>A low-stock threshold cannot be below zero.</source>
        <translation>A low-stock threshold cannot be below zero.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The folder %1 does not exist. Check the path, or create a new workspace there.</source>
        <translation>The folder %1 does not exist. Check the path, or create a new workspace there.</translation>
    </message>
    <message>
        <source>The folder %1 is not a Chợ Phiên workspace. Choose the folder that holds workspace.db, or create a new workspace.</source>
        <translation>The folder %1 is not a Chợ Phiên workspace. Choose the folder that holds workspace.db, or create a new workspace.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a workspace. Open it instead, or choose an empty folder.</source>
        <translation>The folder %1 already holds a workspace. Open it instead, or choose an empty folder.</translation>
    </message>
    <message>
        <source>Chợ Phiên cannot write to %1. Nothing was changed. Choose a folder you are allowed to write to, or ask the person who manages this computer.</source>
        <translation>Chợ Phiên cannot write to %1. Nothing was changed. Choose a folder you are allowed to write to, or ask the person who manages this computer.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Your work saved so far is safe, but the last change was not saved. Free some space, then try again.</source>
        <translation>The disk holding %1 is full. Your work saved so far is safe, but the last change was not saved. Free some space, then try again.</translation>
    </message>
    <message>
        <source>This workspace is already open in another Chợ Phiên window (%1). Use that window, or close it and open the workspace again.</source>
        <translation>This workspace is already open in another Chợ Phiên window (%1). Use that window, or close it and open the workspace again.</translation>
    </message>
    <message>
        <source>The file %1 is not a Chợ Phiên database. It was left as it is. Open another workspace, or restore one from a backup.</source>
        <translation>The file %1 is not a Chợ Phiên database. It was left as it is. Open another workspace, or restore one from a backup.</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged. It was left as it is so nothing more is lost. You can restore the latest backup; the damaged file is kept beside it.</source>
        <translation>The workspace database %1 is damaged. It was left as it is so nothing more is lost. You can restore the latest backup; the damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Chợ Phiên (%1). It was left unchanged. Update Chợ Phiên on this computer to open it.</source>
        <translation>This workspace was saved by a newer version of Chợ Phiên (%1). It was left unchanged. Update Chợ Phiên on this computer to open it.</translation>
    </message>
    <message>
        <source>The workspace is busy with another task. Nothing was lost; try again in a moment.</source>
        <translation>The workspace is busy with another task. Nothing was lost; try again in a moment.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written (%1). Your saved work is unchanged.</source>
        <translation>The workspace could not be read or written (%1). Your saved work is unchanged.</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>No commune or ward of 2025 matches “%1”. An address from before July 2025? Try: units map &quot;%1&quot;</source>
        <translation>No commune or ward of 2025 matches “%1”. An address from before July 2025? Try: units map &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Before July 2025: %1%2</source>
        <translation>Before July 2025: %1%2</translation>
    </message>
    <message>
        <source>  now: %1 (%2)</source>
        <translation>  now: %1 (%2)</translation>
    </message>
    <message>
        <source>  now part of %1</source>
        <translation>  now part of %1</translation>
    </message>
    <message>
        <source>  now in %1; the commune is not known: choose it with units search.</source>
        <translation>  now in %1; the commune is not known: choose it with units search.</translation>
    </message>
    <message numerus="yes">
        <source>  split among %n commune(s); choose one:</source>
        <translation><numerusform>  split among %n commune; choose one:</numerusform><numerusform>  split among %n communes; choose one:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n old place(s) match: add the district and province to narrow it down.</source>
        <translation><numerusform>%n old place match: add the district and province to narrow it down.</numerusform><numerusform>%n old places match: add the district and province to narrow it down.</numerusform></translation>
    </message>
</context>
<context>
    <name>VariantCommands</name>
    <message>
        <source>product %1 does not take --%2.</source>
        <translation>product %1 does not take --%2.</translation>
    </message>
    <message>
        <source>product %1 needs --unit NAME.</source>
        <translation>product %1 needs --unit NAME.</translation>
    </message>
    <message>
        <source>product unit add needs --per-unit: how much of the product&apos;s unit one holds.</source>
        <translation>product unit add needs --per-unit: how much of the product&apos;s unit one holds.</translation>
    </message>
    <message>
        <source>product variant add needs --option1 VALUE.</source>
        <translation>product variant add needs --option1 VALUE.</translation>
    </message>
    <message>
        <source>product variant edit needs at least one option, such as --price.</source>
        <translation>product variant edit needs at least one option, such as --price.</translation>
    </message>
    <message>
        <source>No product has the SKU or id “%1”.</source>
        <translation>No product has the SKU or id “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</source>
        <translation>“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.</translation>
    </message>
    <message>
        <source>First name what %1&apos;s variants differ in: product edit %2 --option1-name NAME (for example “Dung tích”).</source>
        <translation>First name what %1&apos;s variants differ in: product edit %2 --option1-name NAME (for example “Dung tích”).</translation>
    </message>
    <message>
        <source>Another product already has the SKU %1.</source>
        <translation>Another product already has the SKU %1.</translation>
    </message>
    <message>
        <source>Added the variant %1 (%2).</source>
        <translation>Added the variant %1 (%2).</translation>
    </message>
    <message>
        <source>Changed the variant %1 (%2).</source>
        <translation>Changed the variant %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is itself a variant: add the new variant to its product instead.</source>
        <translation>%1 is itself a variant: add the new variant to its product instead.</translation>
    </message>
    <message>
        <source>%1 is not a variant; change it with product edit.</source>
        <translation>%1 is not a variant; change it with product edit.</translation>
    </message>
    <message>
        <source>%1 is not a variant; archive it with product archive.</source>
        <translation>%1 is not a variant; archive it with product archive.</translation>
    </message>
    <message>
        <source>Archived the variant %1: it keeps its history but is no longer sold.</source>
        <translation>Archived the variant %1: it keeps its history but is no longer sold.</translation>
    </message>
    <message>
        <source>%1 has no variants.</source>
        <translation>%1 has no variants.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>%1 is a variant: it sells in its product&apos;s units, so add the unit to the product instead.</source>
        <translation>%1 is a variant: it sells in its product&apos;s units, so add the unit to the product instead.</translation>
    </message>
    <message>
        <source>“%1” is not an amount more than zero. Write it like 50 or 0,5.</source>
        <translation>“%1” is not an amount more than zero. Write it like 50 or 0,5.</translation>
    </message>
    <message>
        <source>%1 now sells by %2.</source>
        <translation>%1 now sells by %2.</translation>
    </message>
    <message>
        <source>%1 is a variant: it sells in its product&apos;s units, so remove the unit from the product instead.</source>
        <translation>%1 is a variant: it sells in its product&apos;s units, so remove the unit from the product instead.</translation>
    </message>
    <message>
        <source>%1 has no selling unit “%2”.</source>
        <translation>%1 has no selling unit “%2”.</translation>
    </message>
    <message>
        <source>%1 no longer sells by the %2.</source>
        <translation>%1 no longer sells by the %2.</translation>
    </message>
    <message>
        <source>%1 is counted in %2.</source>
        <translation>%1 is counted in %2.</translation>
    </message>
    <message>
        <source>Sold also by: %1</source>
        <translation>Sold also by: %1</translation>
    </message>
    <message>
        <source>Variant of %1 (%2)</source>
        <translation>Variant of %1 (%2)</translation>
    </message>
    <message>
        <source>Variants (%1):</source>
        <translation>Variants (%1):</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Created a new workspace in %1.</source>
        <translation>Created a new workspace in %1.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is healthy: %n product(s).</source>
        <translation><numerusform>The workspace is healthy: %n product.</numerusform><numerusform>The workspace is healthy: %n products.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s); see the lines above.</source>
        <translation><numerusform>The workspace has %n problem; see the lines above.</numerusform><numerusform>The workspace has %n problems; see the lines above.</numerusform></translation>
    </message>
    <message>
        <source>The demo workspace is already in %1.</source>
        <translation>The demo workspace is already in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %n product(s) in %1.</source>
        <translation><numerusform>Created a demo workspace with %n product in %1.</numerusform><numerusform>Created a demo workspace with %n products in %1.</numerusform></translation>
    </message>
    <message>
        <source>Restored the latest backup. The previous database was kept as %1.</source>
        <translation>Restored the latest backup. The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Checked every page of the database file (%1).</source>
        <translation>Checked every page of the database file (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the workspace database %1 is damaged, and a copy of it would not be a backup you can trust. Your earlier backups were left as they are; restore the latest one with “chophien-cli restore”.</source>
        <translation>No backup was made: the workspace database %1 is damaged, and a copy of it would not be a backup you can trust. Your earlier backups were left as they are; restore the latest one with “chophien-cli restore”.</translation>
    </message>
    <message>
        <source>Checked the whole database, then wrote the backup to %1.</source>
        <translation>Checked the whole database, then wrote the backup to %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>unknown %1 command: %2; see --help</source>
        <translation>unknown %1 command: %2; see --help</translation>
    </message>
</context>
</TS>
