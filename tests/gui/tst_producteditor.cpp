// The product editor as a clerk drives it from the keyboard, offscreen, on a real workspace: the SKU
// follows the name, prices are read and shown in đồng, Enter saves, Ctrl+Enter saves and starts the
// next product, problems show under their field and keep Save disabled, Escape guards unsaved work,
// Ctrl+D copies, the history tab lists changes, and the last save can be undone.
#include <core/Money.h>
#include <core/Translations.h>
#include <storage/ClerkRepository.h>
#include <storage/ProductStore.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>
#include <ui/Dialogs.h>
#include <ui/EmptyStateWidget.h>
#include <ui/ProductEditorDialog.h>
#include <ui/ProductHistoryTab.h>
#include <ui/ProductListModel.h>
#include <ui/ProductsPage.h>
#include <ui/WorkspaceSession.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace ChoPhien;

namespace {
template <typename T> T* field(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

QPushButton* buttonWithText(QWidget* root, const QString& text)
{
    for (QPushButton* b : root->findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QString problemText(QWidget* root, const char* fieldName)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(fieldName) + QStringLiteral("Problem"));
    return label && !label->isHidden() ? label->text() : QString(); // its tab may be in the background
}

Product honey()
{
    Product p;
    p.id = QStringLiteral("7d1f7f0e-5a4b-4d8e-9a53-0d2c7d1b9a01");
    p.name = QStringLiteral("Mật ong rừng U Minh");
    p.sku = QStringLiteral("MORUM");
    p.unit = QStringLiteral("chai");
    p.price = 25000;
    return p;
}
} // namespace

class TestProductEditor final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<WorkspaceSession> m_session;
    QStringList m_questions;
    bool m_answer = false;

    void show(QDialog& dialog)
    {
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    QSqlDatabase db() const { return m_session->workspace()->database(); }

    bool store(const Product& p)
    {
        WriteTransaction tx(db(), m_session->actor(), Clock::system());
        return ProductStore::create(tx, p) && tx.commit();
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
        const auto clerk = ClerkRepository::find(db(), m_temp->clerkId());
        QVERIFY(clerk);
        m_session->setClerk(*clerk);
        m_questions.clear();
        m_answer = false;
        Dialogs::setTestHandler([this](Dialogs::Kind kind, const QString& title, const QString&) {
            if (kind == Dialogs::Kind::Question)
                m_questions.append(title);
            return m_answer;
        });
    }

    void cleanup()
    {
        Dialogs::setTestHandler(nullptr);
        m_session.reset();
        m_temp.reset();
    }

    void newProductFromTheKeyboard()
    {
        ProductEditorDialog dialog(m_session.get());
        show(dialog);
        QVERIFY(dialog.isNew());
        QCOMPARE(dialog.tabs()->count(), 4); // no history for a new product
        auto* name = field<QLineEdit>(&dialog, "name");
        QCOMPARE(QApplication::focusWidget(), name);
        QPushButton* save = buttonWithText(&dialog, QStringLiteral("Save"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        name->setText(QStringLiteral("Mật ong rừng U Minh")); // keyClicks types ASCII only
        QCOMPARE(field<QLineEdit>(&dialog, "sku")->text(), QStringLiteral("MORUM"));
        QTest::keyClick(name, Qt::Key_Tab); // → SKU, barcode, unit
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field<QComboBox>(&dialog, "unit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kg"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* price = field<QLineEdit>(&dialog, "price");
        QCOMPARE(QApplication::focusWidget(), price);
        QTest::keyClicks(price, QStringLiteral("25.000"));
        QTest::keyClick(price, Qt::Key_Tab);
        QCOMPARE(price->text(), Money::format(25000));
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = ProductStore::find(db(), QStringLiteral("MORUM"));
        QVERIFY(saved);
        QCOMPARE(saved->price, Dong(25000));
        QCOMPARE(saved->unit, QStringLiteral("kg"));
        QCOMPARE(saved->name, QStringLiteral("Mật ong rừng U Minh"));
    }

    void skuSuggestionAvoidsTakenAndStopsWhenTyped()
    {
        QVERIFY(store(honey()));
        ProductEditorDialog dialog(m_session.get());
        auto* name = field<QLineEdit>(&dialog, "name");
        auto* sku = field<QLineEdit>(&dialog, "sku");
        name->setText(QStringLiteral("Mật ong rừng U Minh"));
        QCOMPARE(sku->text(), QStringLiteral("MORUM-2"));
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("MORUM"));
        QVERIFY(problemText(&dialog, "sku").contains(QStringLiteral("MORUM"))); // taken
        QVERIFY(!dialog.canSave());
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("MO-1"));
        name->setText(QStringLiteral("Mật ong hoa cà phê"));
        QCOMPARE(sku->text(), QStringLiteral("MO-1")); // the clerk's own SKU stays
    }

    void invalidInputShowsMessagesAndDisablesSave()
    {
        ProductEditorDialog dialog(m_session.get());
        field<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Gạo ST25"));
        field<QComboBox>(&dialog, "unit")->setCurrentText(QStringLiteral("kg"));
        QVERIFY(dialog.canSave());
        auto* barcode = field<QLineEdit>(&dialog, "barcode");
        QTest::keyClicks(barcode, QStringLiteral("8934563138166"));
        QVERIFY(problemText(&dialog, "barcode").contains(QStringLiteral("last digit")));
        QVERIFY(!dialog.canSave());
        QVERIFY(!buttonWithText(&dialog, QStringLiteral("Save"))->isEnabled());
        barcode->setText(QStringLiteral("12345"));
        QVERIFY(problemText(&dialog, "barcode").contains(QStringLiteral("13 digits")));
        barcode->setText(QStringLiteral("893 4563 138165")); // spaces as people type them
        QVERIFY(problemText(&dialog, "barcode").isEmpty());
        QVERIFY(dialog.canSave());

        auto* price = field<QLineEdit>(&dialog, "price");
        price->setText(QStringLiteral("hai mươi"));
        QVERIFY(!problemText(&dialog, "price").isEmpty());
        QVERIFY(!dialog.canSave());
        price->setText(QStringLiteral("30k"));
        field<QLineEdit>(&dialog, "salePrice")->setText(QStringLiteral("35.000"));
        QVERIFY(!problemText(&dialog, "sale_price").isEmpty()); // not lower than the price
        QVERIFY(!dialog.save());
        field<QLineEdit>(&dialog, "salePrice")->setText(QStringLiteral("27.000"));
        field<QLineEdit>(&dialog, "netQuantity")->setText(QStringLiteral("2 kg"));
        QVERIFY(!problemText(&dialog, "net_quantity").isEmpty());
        QVERIFY(!dialog.canSave());
        field<QLineEdit>(&dialog, "netQuantity")->setText(QStringLiteral("2"));
        QVERIFY(dialog.canSave());
        QVERIFY(dialog.save());
        const auto saved = ProductStore::find(db(), QStringLiteral("GST25"));
        QVERIFY(saved);
        QCOMPARE(saved->barcode, QStringLiteral("8934563138165"));
        QCOMPARE(saved->salePrice.value_or(0), Dong(27000));
        QCOMPARE(saved->netQuantity, MilliQuantity(2000));
    }

    void ocopDateFollowsRatingAndWarnsBeforeExpiry()
    {
        ProductEditorDialog dialog(m_session.get());
        auto* stars = field<QComboBox>(&dialog, "ocopStars");
        auto* decided = field<QDateEdit>(&dialog, "ocopDecided");
        auto* warning = field<QLabel>(&dialog, "ocopWarning");
        QVERIFY(!decided->isEnabled());
        stars->setCurrentIndex(stars->findData(4));
        QVERIFY(decided->isEnabled());
        QVERIFY(!problemText(&dialog, "ocop").isEmpty()); // certificate number missing
        field<QLineEdit>(&dialog, "ocopCertificate")->setText(QStringLiteral("OCOP-CM-2025-017"));
        QVERIFY(problemText(&dialog, "ocop").isEmpty());
        QVERIFY(!warning->isVisibleTo(&dialog));
        decided->setDate(QDate::currentDate().addMonths(-35));
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY(warning->text().contains(QStringLiteral("renewal")));
    }

    void saveAndAddNextKeepsUnitAndClearsName()
    {
        ProductEditorDialog dialog(m_session.get());
        show(dialog);
        field<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Trà Shan tuyết"));
        field<QComboBox>(&dialog, "unit")->setCurrentText(QStringLiteral("hộp"));
        auto* group = field<QComboBox>(&dialog, "group");
        group->setCurrentIndex(group->findData(QStringLiteral("beverage")));
        field<QLineEdit>(&dialog, "category")->setText(QStringLiteral("Đồ uống/Trà"));
        field<QLineEdit>(&dialog, "producer")->setText(QStringLiteral("HTX Trà Suối Giàng"));
        field<QLineEdit>(&dialog, "price")->setText(QStringLiteral("120k"));
        const QString firstId = dialog.productId();
        QTest::keyClick(field<QLineEdit>(&dialog, "name"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isNew());
        QVERIFY(dialog.productId() != firstId);
        QVERIFY(field<QLineEdit>(&dialog, "name")->text().isEmpty());
        QVERIFY(field<QLineEdit>(&dialog, "price")->text().isEmpty());
        QCOMPARE(field<QComboBox>(&dialog, "unit")->currentText(), QStringLiteral("hộp"));
        QCOMPARE(group->currentData().toString(), QStringLiteral("beverage"));
        QCOMPARE(field<QLineEdit>(&dialog, "category")->text(), QStringLiteral("Đồ uống/Trà"));
        QCOMPARE(field<QLineEdit>(&dialog, "producer")->text(), QStringLiteral("HTX Trà Suối Giàng"));
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(&dialog, "name"));
        QVERIFY(field<QLabel>(&dialog, "status")->text().contains(QStringLiteral("Trà Shan tuyết")));
        const auto first = ProductStore::get(db(), firstId);
        QVERIFY(first);
        QCOMPARE(first->price, Dong(120000));
        QCOMPARE(first->group, QStringLiteral("beverage"));

        // Undo of that save takes the new product out of the list again.
        QVERIFY(field<QPushButton>(&dialog, "undo")->isVisibleTo(&dialog));
        QVERIFY(dialog.undoLastSave());
        QVERIFY(ProductStore::get(db(), firstId)->archived);
    }

    void editingChangesPriceAndHistoryListsIt()
    {
        QVERIFY(store(honey()));
        ProductEditorDialog dialog(m_session.get(), honey().id);
        QVERIFY(!dialog.isNew());
        QCOMPARE(dialog.tabs()->count(), 5);
        QCOMPARE(field<QLineEdit>(&dialog, "price")->text(), Money::format(25000));
        QCOMPARE(dialog.historyTab()->list()->topLevelItemCount(), 1); // created
        field<QLineEdit>(&dialog, "price")->setText(QStringLiteral("30.000"));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        QCOMPARE(ProductStore::get(db(), honey().id)->price, Dong(30000));
        QTreeWidget* history = dialog.historyTab()->list();
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("Người kiểm thử"));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Changed the price"));
        QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("Added the product"));

        QVERIFY(dialog.lastSave().canUndo());
        QVERIFY(dialog.undoLastSave());
        QCOMPARE(ProductStore::get(db(), honey().id)->price, Dong(25000));
        QCOMPARE(field<QLineEdit>(&dialog, "price")->text(), Money::format(25000));
        QVERIFY(!dialog.lastSave().canUndo());
    }

    void escapeAsksBeforeDiscarding()
    {
        {
            ProductEditorDialog untouched(m_session.get());
            show(untouched);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QVERIFY(!untouched.isVisible()); // nothing to lose: no question
            QVERIFY(m_questions.isEmpty());
        }
        ProductEditorDialog dialog(m_session.get());
        show(dialog);
        field<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Bánh pía Sóc Trăng"));
        m_answer = false;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(field<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Bánh pía Sóc Trăng"));
        m_answer = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_questions.size(), 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!ProductStore::find(db(), QStringLiteral("BPST")));
    }

    void duplicateMakesANewCopy()
    {
        Product original = honey();
        original.barcode = QStringLiteral("8934563138165");
        original.certifications = {{QStringLiteral("vietgap"), QStringLiteral("VG-1"), {}, {}}};
        QVERIFY(store(original));
        ProductEditorDialog dialog(m_session.get(), original.id);
        show(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(dialog.isNew());
        QVERIFY(dialog.productId() != original.id);
        QVERIFY(m_questions.isEmpty()); // nothing unsaved in the original
        const QString copyName = field<QLineEdit>(&dialog, "name")->text();
        QCOMPARE(copyName, QStringLiteral("Mật ong rừng U Minh (copy)"));
        const QString copySku = field<QLineEdit>(&dialog, "sku")->text();
        QVERIFY(!copySku.isEmpty());
        QVERIFY(copySku != original.sku);
        QVERIFY(field<QLineEdit>(&dialog, "barcode")->text().isEmpty());
        QCOMPARE(dialog.tabs()->count(), 4);
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        const auto copy = ProductStore::find(db(), copySku);
        QVERIFY(copy);
        QCOMPARE(copy->price, original.price);
        QCOMPARE(copy->certifications.size(), 1);
        QCOMPARE(ProductStore::get(db(), original.id)->name, original.name);
    }

    void categoryOffersTheCategoriesInUse()
    {
        Product p = honey();
        p.category = QStringLiteral("Nông sản/Mật ong");
        QVERIFY(store(p));
        ProductEditorDialog dialog(m_session.get());
        auto* category = field<QLineEdit>(&dialog, "category");
        QVERIFY(category->completer());
        category->completer()->setCompletionPrefix(QStringLiteral("mật"));
        QCOMPARE(category->completer()->currentCompletion(), QStringLiteral("Nông sản/Mật ong"));
        // Parents of a category in use are offered too.
        category->completer()->setCompletionPrefix(QStringLiteral("nông"));
        QCOMPARE(category->completer()->completionCount(), 2);
    }

    void productsPageOpensTheEditor()
    {
        ProductsPage page(m_session.get());
        page.resize(900, 600);
        page.show();
        auto* empty = page.findChild<EmptyStateWidget*>();
        QVERIFY(empty && empty->isVisible());
        QVERIFY(buttonWithText(empty, QStringLiteral("Add a product")));
        QVERIFY(buttonWithText(empty, QStringLiteral("Open the demo workspace")));
        QPointer<ProductEditorDialog> opened;
        connect(&page, &ProductsPage::editorOpened, this, [&opened](ProductEditorDialog* d) { opened = d; });
        buttonWithText(empty, QStringLiteral("Add a product"))->click();
        QVERIFY(opened);
        QVERIFY(opened->isNew());
        field<QLineEdit>(opened, "name")->setText(QStringLiteral("Nước mắm Phú Quốc"));
        field<QComboBox>(opened, "unit")->setCurrentText(QStringLiteral("chai"));
        QVERIFY(opened->save());
        QTRY_VERIFY(!opened);                            // deletes itself when closed
        QCOMPARE(page.model()->totalCount(), qint64(1)); // the list reloaded
        QVERIFY(!empty->isVisible());

        page.table()->setFocus();
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QTest::keyClick(page.table(), Qt::Key_Return);
        QVERIFY(opened);
        QVERIFY(!opened->isNew());
        QCOMPARE(field<QLineEdit>(opened, "name")->text(), QStringLiteral("Nước mắm Phú Quốc"));
        opened->reject();
        QTRY_VERIFY(!opened);
    }

    void screenshot()
    {
        Translations vietnamese; // as a clerk sees it; removed again at the end of this test
        QVERIFY(vietnamese.apply(QStringLiteral("vi")));
        Product p = honey();
        p.name = QStringLiteral("MẬT ONG RỪNG U MINH HẠ — ỆỖỸ");
        p.producer = QStringLiteral("Hộ Nguyễn Thị Đào");
        p.category = QStringLiteral("Thực phẩm/Mật ong");
        p.group = QStringLiteral("food");
        p.ocop = {4, QStringLiteral("OCOP-CM-2023-017"), QDate::currentDate().addMonths(-35)};
        QVERIFY(store(p));
        ProductEditorDialog dialog(m_session.get(), p.id);
        show(dialog);
        field<QLineEdit>(&dialog, "barcode")->setText(QStringLiteral("8934563138166"));
        const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("editor.png"))));
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("editor-label.png"))));
        dialog.tabs()->setCurrentIndex(2);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("editor-certifications.png"))));
        dialog.tabs()->setCurrentWidget(dialog.historyTab());
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("editor-history.png"))));
    }
};

QTEST_MAIN(TestProductEditor)
#include "tst_producteditor.moc"
