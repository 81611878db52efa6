// The Products page as a clerk uses it, offscreen, on a real workspace: filters (category tree, group,
// OCOP, stock, status) narrow the list, column headers sort it across pages, several chosen rows get
// one change, and after the editor saves and closes, the save can be undone from the page.
#include <core/Ids.h>
#include <core/Money.h>
#include <core/Translations.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/ModelTester.h>
#include <support/TempWorkspace.h>
#include <ui/BulkEditDialog.h>
#include <ui/Dialogs.h>
#include <ui/ProductEditorDialog.h>
#include <ui/ProductFilterBar.h>
#include <ui/ProductListModel.h>
#include <ui/ProductsPage.h>
#include <ui/UndoBar.h>
#include <ui/WorkspaceSession.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace ChoPhien;

namespace {

template <typename T> T* field(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

Product product(const QString& sku, const QString& name, const QString& category, Dong price, int ocop = 0)
{
    Product p;
    p.id = Ids::newId();
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.group = QStringLiteral("food");
    p.unit = QStringLiteral("gói");
    p.price = price;
    if (ocop > 0)
        p.ocop = {ocop, QStringLiteral("OCOP-%1").arg(sku), QDate(2025, 6, 1)};
    return p;
}

} // namespace

class TestProductsPage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ProductsPage> m_page;

    QSqlDatabase db() const { return m_session->workspace()->database(); }
    ProductListModel* model() const { return m_page->model(); }
    QStringList column(int col)
    {
        QStringList values;
        for (int row = 0; row < model()->rowCount(); ++row)
            values.append(model()->index(row, col).data().toString());
        return values;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
        QVERIFY(!DemoWorkspace::fill(m_temp->workspace(), 450)); // more than two pages
        {
            WriteTransaction tx(m_temp->workspace().database(), m_temp->actor(), Clock::system());
            // Without the demo's categories, the four products below make the whole category tree.
            QVERIFY(QSqlQuery(tx.database()).exec(QStringLiteral("UPDATE products SET category = ''")));
            const Product rows[] = {
                product(QStringLiteral("GAO-5KG"), QStringLiteral("Gạo ST25 túi 5 kg"),
                        QStringLiteral("Nông sản/Gạo"), 180000, 5),
                product(QStringLiteral("GAO-NEP"), QStringLiteral("Gạo nếp cái hoa vàng"),
                        QStringLiteral("Nông sản/Gạo"), 95000),
                product(QStringLiteral("DAU-XANH"), QStringLiteral("Đậu xanh Hà Giang"),
                        QStringLiteral("Nông sản/Đậu"), 60000, 3),
                product(QStringLiteral("CHE-SGI"), QStringLiteral("Chè Shan tuyết Suối Giàng"),
                        QStringLiteral("Đồ uống/Trà"), 350000, 4),
            };
            for (const Product& p : rows)
                QVERIFY(ProductStore::create(tx, p));
            QVERIFY(tx.commit());
        }
        m_temp->close();
        auto opened = Workspace::open(m_temp->folder());
        QVERIFY(opened.workspace);
        m_session = std::make_unique<WorkspaceSession>();
        m_session->setWorkspace(std::move(opened.workspace));
        m_session->setClerk(*ClerkRepository::find(db(), m_temp->clerkId()));
        Dialogs::setTestHandler([](Dialogs::Kind, const QString&, const QString&) { return true; });
        m_page = std::make_unique<ProductsPage>(m_session.get());
        m_page->resize(1100, 650);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_temp.reset();
        Dialogs::setTestHandler(nullptr);
    }

    void categoryTreeFiltersTheList()
    {
        ProductFilterBar* bar = m_page->filterBar();
        QComboBox* categories = bar->categoryBox();
        // "All", then the tree: each parent before its children, children indented.
        QCOMPARE(categories->count(), 1 + 5);
        QCOMPARE(categories->itemData(1).toString(), QStringLiteral("Đồ uống"));
        QCOMPARE(categories->itemText(2).trimmed(), QStringLiteral("Trà"));
        QVERIFY(categories->itemText(2).startsWith(u' '));
        QVERIFY(!bar->resetButton()->isVisible());

        categories->setCurrentIndex(categories->findData(QStringLiteral("Nông sản")));
        QCOMPARE(model()->totalCount(), 3);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(bar->resetButton()->isVisible());

        bar->ocopBox()->setCurrentIndex(bar->ocopBox()->findData(int(ProductFilter::Ocop::Rated)));
        QCOMPARE(column(ProductListModel::Sku),
                 (QStringList{QStringLiteral("DAU-XANH"), QStringLiteral("GAO-5KG")}));

        // A search looks only inside the filter.
        m_page->searchBox()->setText(QStringLiteral("gao"));
        QCOMPARE(column(ProductListModel::Sku), QStringList{QStringLiteral("GAO-5KG")});
        m_page->searchBox()->clear();

        bar->resetButton()->click();
        QCOMPARE(model()->totalCount(), 454);
        QVERIFY(!bar->resetButton()->isVisible());
    }

    void headersSortAcrossPages()
    {
        QHeaderView* header = m_page->table()->horizontalHeader();
        header->setSortIndicator(ProductListModel::Price, Qt::DescendingOrder);
        QCOMPARE(model()->sortColumn(), int(ProductListModel::Price));
        QCOMPARE(model()->rowCount(), ProductListModel::kPageSize);
        auto tester = Test::attachModelTester(model());
        while (model()->canFetchMore({}))
            model()->fetchMore({});
        QCOMPARE(model()->rowCount(), 454);
        const QStringList prices = column(ProductListModel::Price);
        for (int row = 1; row < prices.size(); ++row)
            QVERIFY2(*Money::parse(prices.at(row - 1)) >= *Money::parse(prices.at(row)),
                     qPrintable(prices.at(row)));
        QVERIFY(*Money::parse(prices.constFirst()) > *Money::parse(prices.constLast()));
        const QString first = model()->index(0, ProductListModel::Sku).data().toString();

        // Unit cannot sort: the arrow stays on price and the order with it.
        header->setSortIndicator(ProductListModel::Unit, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ProductListModel::Price));
        QCOMPARE(model()->index(0, ProductListModel::Sku).data().toString(), first);
    }

    void chosenRowsChangeTogether()
    {
        m_page->filterBar()->categoryBox()->setCurrentIndex(
            m_page->filterBar()->categoryBox()->findData(QStringLiteral("Nông sản/Gạo")));
        QVERIFY(!m_page->bulkEditButton()->isVisible());
        m_page->table()->selectAll();
        QVERIFY(m_page->bulkEditButton()->isVisible());
        QCOMPARE(m_page->selectedIds().size(), 2);

        QPointer<BulkEditDialog> opened;
        connect(m_page.get(), &ProductsPage::bulkEditOpened, this,
                [&opened](BulkEditDialog* d) { opened = d; });
        m_page->bulkEditButton()->click();
        QVERIFY(opened);
        auto* apply = field<QPushButton>(opened, "apply");
        QVERIFY(!apply->isEnabled()); // nothing ticked yet
        auto* percent = field<QLineEdit>(opened, "percent");
        percent->setFocus();
        QTest::keyClicks(percent, QStringLiteral("abc"));
        QVERIFY(field<QCheckBox>(opened, "changePrice")->isChecked()); // typing ticks the box
        QVERIFY(!apply->isEnabled());
        QVERIFY(!field<QLabel>(opened, "problem")->text().isEmpty());
        percent->clear();
        QTest::keyClicks(percent, QStringLiteral("-10"));
        QVERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY(!opened);
        QCOMPARE(ProductStore::find(db(), QStringLiteral("GAO-5KG"))->price, 162000);
        QCOMPARE(ProductStore::find(db(), QStringLiteral("GAO-NEP"))->price, 86000); // 85.500 rounds up
        QVERIFY(m_page->undoBar()->isVisible());
        QVERIFY(m_page->undoBar()->message().contains(u'2'));
        QVERIFY(!m_page->undoBar()->undoButton()->isVisible());
    }

    void savedProductCanBeUndoneFromThePage()
    {
        m_page->searchBox()->setText(QStringLiteral("CHE-SGI"));
        QCOMPARE(model()->rowCount(), 1);
        QPointer<ProductEditorDialog> opened;
        connect(m_page.get(), &ProductsPage::editorOpened, this,
                [&opened](ProductEditorDialog* d) { opened = d; });
        m_page->editProduct(0);
        QVERIFY(opened);
        field<QLineEdit>(opened, "price")->setText(QStringLiteral("400k"));
        QVERIFY(opened->save());
        QTRY_VERIFY(!opened);
        QCOMPARE(ProductStore::find(db(), QStringLiteral("CHE-SGI"))->price, 400000);
        QVERIFY(m_page->undoBar()->isVisible());
        QVERIFY(m_page->undoBar()->message().contains(QStringLiteral("Chè Shan tuyết")));
        QVERIFY(m_page->undoBar()->undoButton()->isVisible());
        m_page->undoBar()->undoButton()->click();
        QCOMPARE(ProductStore::find(db(), QStringLiteral("CHE-SGI"))->price, 350000);
        QVERIFY(!m_page->undoBar()->undoButton()->isVisible());
    }

    void archivedProductsAreOneFilterAway()
    {
        {
            WriteTransaction tx(db(), m_session->actor(), Clock::system());
            QVERIFY(ProductStore::archive(tx, ProductStore::find(db(), QStringLiteral("GAO-NEP"))->id));
            QVERIFY(tx.commit());
        }
        m_session->notifyChanged();
        QCOMPARE(model()->totalCount(), 453);
        QComboBox* status = m_page->filterBar()->statusBox();
        status->setCurrentIndex(status->findData(int(ProductFilter::Status::Archived)));
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(model()->index(0, ProductListModel::Name).data(ProductListModel::kArchivedRole).toBool());
    }

    void deleteKeyDeletesOrArchives()
    {
        QStringList asked;
        Dialogs::setTestHandler([&asked](Dialogs::Kind, const QString& title, const QString&) {
            asked.append(title);
            return true;
        });
        {
            WriteTransaction tx(db(), m_session->actor(), Clock::system());
            QVERIFY(StockLedger::receive(tx, ProductStore::find(db(), QStringLiteral("GAO-NEP"))->id, 5000));
            QVERIFY(tx.commit());
        }
        m_session->notifyChanged();
        auto chooseOnly = [this](const QString& sku) {
            m_page->searchBox()->setText(sku);
            QCOMPARE(model()->index(0, ProductListModel::Sku).data().toString(), sku); // the exact SKU first
            m_page->table()->selectRow(0);
            m_page->table()->setFocus();
        };
        chooseOnly(QStringLiteral("DAU-XANH")); // no stock history: deleted
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QCOMPARE(asked, QStringList{QStringLiteral("Delete this product?")});
        QVERIFY(!ProductStore::find(db(), QStringLiteral("DAU-XANH")));

        asked.clear();
        chooseOnly(QStringLiteral("GAO-NEP")); // has stock: archived instead
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QCOMPARE(asked, QStringList{QStringLiteral("Archive instead?")});
        QVERIFY(ProductStore::find(db(), QStringLiteral("GAO-NEP"))->archived);
        QVERIFY(m_page->undoBar()->message().contains(QStringLiteral("Gạo nếp")));
    }

    void screenshot()
    {
        Translations vietnamese;
        QVERIFY(vietnamese.apply(QStringLiteral("vi")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(m_page->filterBar()->resetButton()->text(), QStringLiteral("Hiện tất cả"));
        m_page->filterBar()->categoryBox()->setCurrentIndex(
            m_page->filterBar()->categoryBox()->findData(QStringLiteral("Nông sản")));
        m_page->table()->selectAll();
        m_page->undoBar()->showMessage(QStringLiteral("Đã lưu “Gạo ST25 túi 5 kg”."), true);
        const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("products-page.png"))));
        QPointer<BulkEditDialog> opened;
        connect(m_page.get(), &ProductsPage::bulkEditOpened, this,
                [&opened](BulkEditDialog* d) { opened = d; });
        m_page->bulkEditSelected();
        QVERIFY(opened);
        QVERIFY(opened->grab().save(QDir(dir).filePath(QStringLiteral("bulk-edit.png"))));
        opened->reject();
    }
};

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
