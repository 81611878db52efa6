// The "Variants & units" tab of the product editor, driven from the keyboard offscreen on a real
// workspace (ADR 0006): option names, a row per variant with its SKU suggested, Enter in a cell saves
// what was typed there, units, problems under the table, undo of the save, a variant's id opening its
// product, and a screenshot in Vietnamese.
#include <core/Money.h>
#include <core/Translations.h>
#include <storage/ClerkRepository.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>
#include <ui/Dialogs.h>
#include <ui/ProductEditorDialog.h>
#include <ui/ProductUnitsBox.h>
#include <ui/ProductVariantsTab.h>
#include <ui/WorkspaceSession.h>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ChoPhien;

namespace {
Product honey()
{
    Product p;
    p.id = QStringLiteral("7d1f7f0e-5a4b-4d8e-9a53-0d2c7d1b9b01");
    p.name = QStringLiteral("Mật ong rừng U Minh");
    p.sku = QStringLiteral("MORUM");
    p.unit = QStringLiteral("hũ");
    p.price = 150000;
    return p;
}

QString problemText(QWidget* root, const char* fieldName)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(fieldName) + QStringLiteral("Problem"));
    return label && !label->isHidden() ? label->text() : QString();
}

// Types into whatever has the focus (a cell's editor), then Tab to the next cell.
void typeAndTab(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}
} // namespace

class TestProductVariantsTab final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<WorkspaceSession> m_session;

    QSqlDatabase db() const { return m_session->workspace()->database(); }
    bool store(const Product& p)
    {
        WriteTransaction tx(db(), m_session->actor(), Clock::system());
        return ProductStore::create(tx, p) && tx.commit();
    }
    void show(QDialog& dialog)
    {
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
        m_temp->close();
        auto opened = Workspace::open(m_temp->folder());
        QVERIFY(opened.workspace);
        m_session = std::make_unique<WorkspaceSession>();
        m_session->setWorkspace(std::move(opened.workspace));
        m_session->setClerk(*ClerkRepository::find(db(), m_temp->clerkId()));
        Dialogs::setTestHandler([](Dialogs::Kind, const QString&, const QString&) { return false; });
    }
    void cleanup()
    {
        Dialogs::setTestHandler(nullptr);
        m_session.reset();
        m_temp.reset();
    }

    void addVariantsAndAUnitFromTheKeyboard()
    {
        QVERIFY(store(honey()));
        ProductEditorDialog dialog(m_session.get(), honey().id);
        show(dialog);
        ProductVariantsTab* tab = dialog.variantsTab();
        dialog.tabs()->setCurrentWidget(tab);
        auto* option1Name = tab->findChild<QLineEdit*>(QStringLiteral("option1Name"));
        option1Name->setFocus();
        QTest::keyClicks(option1Name, QStringLiteral("Dung tich"));
        QVERIFY(dialog.hasUnsavedChanges());
        QTest::keyClick(option1Name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tab->findChild<QLineEdit*>(QStringLiteral("option2Name")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tab->table()); // an empty table, then its buttons
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tab->findChild<QPushButton*>(QStringLiteral("addVariant")));

        // Alt+V adds a row and starts typing its option; the SKU follows the option.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(tab->table()->rowCount(), 1); // a mnemonic clicks the button shortly after
        QCOMPARE(tab->table()->currentColumn(), int(ProductVariantsTab::Option1));
        typeAndTab(QStringLiteral("500 ml")); // → SKU (no second option, its column is hidden)
        QCOMPARE(tab->table()->item(0, ProductVariantsTab::Sku)->text(), QStringLiteral("MORUM-500M"));
        QCOMPARE(tab->table()->item(0, ProductVariantsTab::Price)->text(), Money::format(150000));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // keep the SKU → barcode
        typeAndTab(QStringLiteral("8934563138165"));               // → price
        QCOMPARE(tab->table()->currentColumn(), int(ProductVariantsTab::Price));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("230k"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier); // the price is handed in
        QTRY_COMPARE(tab->table()->rowCount(), 2);
        QCOMPARE(tab->table()->item(0, ProductVariantsTab::Price)->text(), Money::format(230000));
        typeAndTab(QStringLiteral("300 ml"));
        QCOMPARE(tab->table()->item(1, ProductVariantsTab::Sku)->text(), QStringLiteral("MORUM-300M"));

        // A selling unit: Alt+U, its name, Tab, how much it holds, and Enter saves everything.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(tab->units()->table()->rowCount(), 1);
        typeAndTab(QStringLiteral("thung"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("24"));
        // Enter ends the cell's edit, as in a spreadsheet; the next Enter saves.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(dialog.canSave());
        QVERIFY(dialog.isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto parent = ProductStore::get(db(), honey().id);
        QCOMPARE(parent->option1Name, QStringLiteral("Dung tich"));
        QCOMPARE(parent->conversions, (QList<UnitConversion>{{QStringLiteral("thung"), 24000}}));
        const auto variants = ProductStore::variants(db(), honey().id);
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).sku, QStringLiteral("MORUM-500M"));
        QCOMPARE(variants.at(0).price, Dong(230000));
        QCOMPARE(variants.at(0).barcode, QStringLiteral("8934563138165"));
        QCOMPARE(variants.at(0).name, QStringLiteral("Mật ong rừng U Minh – 500 ml"));
        QCOMPARE(variants.at(1).price, Dong(150000));

        // Undo of that save takes the variants and the unit away again.
        QVERIFY(dialog.lastSave().canUndo());
        QVERIFY(dialog.undoLastSave());
        QVERIFY(ProductStore::variants(db(), honey().id).isEmpty());
        QVERIFY(ProductStore::get(db(), honey().id)->conversions.isEmpty());
        QVERIFY(ProductStore::get(db(), honey().id)->option1Name.isEmpty());
    }

    void removingAVariantArchivesItAndUndoBringsItBack()
    {
        Product parent = honey();
        parent.option1Name = QStringLiteral("Dung tích");
        QVERIFY(store(parent));
        Product v;
        v.id = QStringLiteral("7d1f7f0e-5a4b-4d8e-9a53-0d2c7d1b9b02");
        v.parentId = parent.id;
        v.option1 = QStringLiteral("500 ml");
        v.sku = QStringLiteral("MORUM-500");
        v.price = 230000;
        QVERIFY(store(v));
        {
            WriteTransaction tx(db(), m_session->actor(), Clock::system());
            QVERIFY(StockLedger::receive(tx, v.id, 7000) && tx.commit());
        }
        // Opening the variant opens its product, on this tab, with the variant's stock.
        ProductEditorDialog dialog(m_session.get(), v.id);
        QCOMPARE(dialog.productId(), parent.id);
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.variantsTab());
        QTableWidget* table = dialog.variantsTab()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ProductVariantsTab::Stock)->text(), QStringLiteral("7 hũ"));
        QVERIFY(!(table->item(0, ProductVariantsTab::Stock)->flags() & Qt::ItemIsEditable));

        table->setCurrentCell(0, ProductVariantsTab::Option1);
        dialog.variantsTab()->removeCurrentRow();
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        QVERIFY(ProductStore::get(db(), v.id)->archived);
        QVERIFY(dialog.undoLastSave());
        QVERIFY(!ProductStore::get(db(), v.id)->archived);
    }

    void problemsShowUnderTheTableAndBlockSaving()
    {
        QVERIFY(store(honey()));
        {
            WriteTransaction tx(db(), m_session->actor(), Clock::system());
            QVERIFY(StockLedger::receive(tx, honey().id, 3000) && tx.commit());
        }
        ProductEditorDialog dialog(m_session.get(), honey().id);
        ProductVariantsTab* tab = dialog.variantsTab();
        tab->addRow();
        tab->table()->item(0, ProductVariantsTab::Option1)->setText(QStringLiteral("500 ml"));
        QVERIFY(problemText(&dialog, "option_names").contains(u"Dung tích")); // name the option first
        tab->findChild<QLineEdit*>(QStringLiteral("option1Name"))->setText(QStringLiteral("Dung tích"));
        QVERIFY(problemText(&dialog, "option_names").isEmpty());
        // The product still holds stock of its own.
        QVERIFY(problemText(&dialog, "variants").contains(u"stock of its own"));
        QVERIFY(!dialog.canSave());
        {
            WriteTransaction tx(db(), m_session->actor(), Clock::system());
            QVERIFY(StockLedger::count(tx, honey().id, 0) && tx.commit());
        }
        tab->addRow();
        tab->table()->item(1, ProductVariantsTab::Option1)->setText(QStringLiteral("500 ML"));
        QVERIFY(problemText(&dialog, "variants").contains(u"500 ML"));
        tab->table()->item(1, ProductVariantsTab::Option1)->setText(QStringLiteral("1 lít"));
        tab->table()->item(1, ProductVariantsTab::Price)->setText(QStringLiteral("hai mươi"));
        QVERIFY(!problemText(&dialog, "variants").isEmpty());
        tab->table()->item(1, ProductVariantsTab::Price)->setText(QStringLiteral("25k"));
        QCOMPARE(tab->table()->item(1, ProductVariantsTab::Price)->text(), Money::format(25000));
        QVERIFY(problemText(&dialog, "variants").isEmpty());
        // Units: one that is the product's own unit is refused.
        tab->units()->addRow();
        tab->units()->table()->item(0, ProductUnitsBox::Unit)->setText(QStringLiteral("hũ"));
        tab->units()->table()->item(0, ProductUnitsBox::Holds)->setText(QStringLiteral("2"));
        QVERIFY(!problemText(&dialog, "units").isEmpty());
        QVERIFY(!dialog.canSave());
        tab->units()->table()->item(0, ProductUnitsBox::Unit)->setText(QStringLiteral("thùng"));
        QVERIFY(dialog.canSave());
        QVERIFY(dialog.save());
        QCOMPARE(ProductStore::variants(db(), honey().id).size(), 2);
    }

    void screenshot()
    {
        Translations vietnamese; // as a clerk sees it
        QVERIFY(vietnamese.apply(QStringLiteral("vi")));
        Product parent = honey();
        parent.name = QStringLiteral("MẬT ONG RỪNG U MINH HẠ — ỆỖỸ");
        parent.option1Name = QStringLiteral("Dung tích");
        parent.option2Name = QStringLiteral("Loại");
        parent.conversions = {{QStringLiteral("thùng"), 24000}};
        QVERIFY(store(parent));
        int n = 0;
        for (const char* size : {"300 ml", "500 ml"}) {
            for (const char* grade : {"loại 1", "loại 2"}) {
                Product v;
                v.id = QStringLiteral("7d1f7f0e-5a4b-4d8e-9a53-0d2c7d1b9c0%1").arg(++n);
                v.parentId = parent.id;
                v.option1 = QString::fromUtf8(size);
                v.option2 = QString::fromUtf8(grade);
                v.sku = QStringLiteral("MORUM-%1").arg(n);
                v.price = 100000 + 30000 * n;
                QVERIFY(store(v));
            }
        }
        ProductEditorDialog dialog(m_session.get(), parent.id);
        show(dialog);
        dialog.tabs()->setCurrentWidget(dialog.variantsTab());
        dialog.variantsTab()->table()->item(3, ProductVariantsTab::Barcode)->setText(QStringLiteral("123"));
        const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("editor-variants.png"))));
    }
};

QTEST_MAIN(TestProductVariantsTab)
#include "tst_productvariantstab.moc"
