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
        <source>Undone: “%1” is no longer in the product list.</source>
        <translation>Undone: “%1” is no longer in the product list.</translation>
    </message>
    <message>
        <source>Undone: “%1” is back as it was before.</source>
        <translation>Undone: “%1” is back as it was before.</translation>
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
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>How much of each product you have is shown in the “In stock” column of the product list. Every change of stock is kept as a movement, so you can always see why the number is what it is.</source>
        <translation>How much of each product you have is shown in the “In stock” column of the product list. Every change of stock is kept as a movement, so you can always see why the number is what it is.</translation>
    </message>
    <message>
        <source>Go to the product list</source>
        <translation>Go to the product list</translation>
    </message>
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
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Restored the latest backup. The previous database was kept as %1.</source>
        <translation>Restored the latest backup. The previous database was kept as %1.</translation>
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
