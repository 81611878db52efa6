// The Stock page offscreen on a real workspace: the model pages with keyset fetchMore under
// QAbstractItemModelTester, filters and the alert banner, and the receive → sell → count → hold flows
// through the real dialogs (refusals shown as the storage's sentence), with a screenshot in Vietnamese.
#include <core/Ids.h>
#include <core/Translations.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductRepository.h>
#include <storage/StockHolds.h>
#include <storage/StockOverview.h>
#include <storage/StockThresholds.h>
#include <support/ModelTester.h>
#include <support/StockFixture.h>
#include <support/TempWorkspace.h>
#include <ui/CountStockDialog.h>
#include <ui/HoldStockDialog.h>
#include <ui/ReceiveStockDialog.h>
#include <ui/SellStockDialog.h>
#include <ui/StockListModel.h>
#include <ui/StockPage.h>
#include <ui/WorkspaceSession.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

class TestStockPage final : public QObject {
    Q_OBJECT

private:
    // Opens the folder of `temp` (closed first) in a session, as the app does.
    static bool open(WorkspaceSession& session, TempWorkspace& temp)
    {
        const QString folder = temp.folder();
        temp.close();
        auto opened = Workspace::open(folder);
        if (!opened.workspace)
            return false;
        const auto clerks = ClerkRepository::active(opened.workspace->database());
        session.setWorkspace(std::move(opened.workspace));
        session.setClerk(clerks.constFirst());
        return true;
    }

    template <typename Dialog> static Dialog* openDialog(StockPage& page, StockPage::Action action)
    {
        Dialog* found = nullptr;
        const auto connection =
            QObject::connect(&page, &StockPage::dialogOpened, &page,
                             [&](StockActionDialog* d) { found = qobject_cast<Dialog*>(d); });
        page.openAction(action);
        QObject::disconnect(connection);
        return found;
    }

private Q_SLOTS:
    void modelPagesWithFetchMore()
    {
        TempWorkspace temp;
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 650));
        const std::shared_ptr<Workspace> workspace(&temp.workspace(), [](Workspace*) {});
        StockListModel model;
        model.setWorkspace(workspace);
        QCOMPARE(model.rowCount(), StockListModel::kPageSize);
        // Attached after the reset: Qt 6.4's tester calls fetchMore() from its reset handler.
        auto tester = attachModelTester(&model);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 650);
        QCOMPARE(model.headerData(StockListModel::Sellable, Qt::Horizontal).toString(),
                 QStringLiteral("Sellable"));

        tester.reset();
        model.setFilter(StockFilter::LowStock);
        tester = attachModelTester(&model);
        // The demo sets a few thresholds, some of them reached.
        const qint64 low = StockOverview::counts(temp.workspace().database(), model.expiringBy()).lowStock;
        QVERIFY(low > 0);
        QCOMPARE(model.rowCount(), int(low));
        tester.reset();
        model.setSearch(QStringLiteral("gao st25"));
        tester = attachModelTester(&model);
        model.setFilter(StockFilter::All); // reset with the tester attached: search results do not page
        QVERIFY(model.rowCount() > 0);
        QVERIFY2(model.index(0, StockListModel::Name).data().toString().startsWith(u"Gạo ST25"),
                 qPrintable(model.index(0, StockListModel::Name).data().toString()));
        QVERIFY(!model.canFetchMore({}));
    }

    void receiveSellCountHoldFlow()
    {
        Translations translations;
        translations.apply(QStringLiteral("vi"));
        TempWorkspace temp;
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 40));
        // The demo's own lots expiring within the page's 30 days; the test adds to them.
        const qint64 demoExpiring =
            StockOverview::counts(temp.workspace().database(), QDate::currentDate().addDays(30)).expiringLots;
        QVERIFY(demoExpiring > 0);
        const qsizetype demoExpiringProducts =
            StockOverview::page(temp.workspace().database(), StockFilter::Expiring,
                                QDate::currentDate().addDays(30), {}, 1000)
                .rows.size();
        StockFixture stock(temp, Clock::system());
        const QString honey = stock.addProduct(QStringLiteral("Mật ong rừng U Minh"),
                                               QStringLiteral("T-MO-UM"), QStringLiteral("chai"));
        const QString tea = ProductRepository::find(temp.workspace().database(), QStringLiteral("CHE-TC"))
                                .value_or(ProductSummary{})
                                .id;
        if (!tea.isEmpty()) {
            QVERIFY(stock.write([&](WriteTransaction& tx) { return StockThresholds::set(tx, tea, 500000); }));
        }
        stock.receive(stock.addProduct(QStringLiteral("Bánh pía Sóc Trăng"), QStringLiteral("T-PIA"),
                                       QStringLiteral("hộp")),
                      12000, QStringLiteral("LÔ-PIA-1"), QDate::currentDate().addDays(6));

        WorkspaceSession session;
        QVERIFY(open(session, temp));
        StockPage page(&session);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!honey.isEmpty());
        QTRY_VERIFY(page.banner()->isVisible()); // counted off the GUI thread
        QTRY_COMPARE(page.alertCounts().expiringLots, demoExpiring + 1);
        QVERIFY(page.banner()->text().contains(QString::number(demoExpiring + 1)));
        QVERIFY(page.selectProduct(honey));

        // Receive 12,5 bottles into a lot that expires in 20 days; the row shows it at once.
        auto* receive = openDialog<ReceiveStockDialog>(page, StockPage::Action::Receive);
        QVERIFY(receive);
        receive->quantityField()->setText(QStringLiteral("12,5"));
        receive->lotField()->setText(QStringLiteral("LÔ-UM-01"));
        receive->expiresField()->setText(
            QDate::currentDate().addDays(20).toString(QStringLiteral("dd/MM/yyyy")));
        receive->supplierField()->setText(QStringLiteral("Hộ Nguyễn Văn Tư"));
        QTest::keyClick(receive->quantityField(), Qt::Key_Return); // Enter saves
        QVERIFY2(receive->result() == QDialog::Accepted, qPrintable(receive->problem()));
        int row = page.model()->rowOf(honey);
        QCOMPARE(page.model()->index(row, StockListModel::OnHand).data().toString(), QStringLiteral("12,5"));
        QCOMPARE(page.lotsTable()->rowCount(), 1);
        QCOMPARE(page.lotsTable()->item(0, 0)->text(), QStringLiteral("LÔ-UM-01"));
        QVERIFY(page.statusText().contains(u"LÔ-UM-01"));

        // Hold 4 for chị Lan; selling 10 is then refused in the dialog, with the storage's sentence.
        auto* hold = openDialog<HoldStockDialog>(page, StockPage::Action::Hold);
        QVERIFY(hold);
        hold->quantityField()->setText(QStringLiteral("4"));
        hold->referenceField()->setText(QStringLiteral("chị Lan, đơn Zalo"));
        hold->accept();
        QCOMPARE(hold->result(), int(QDialog::Accepted));
        QCOMPARE(page.model()->index(row, StockListModel::Sellable).data().toString(), QStringLiteral("8,5"));
        QCOMPARE(page.holdsTable()->rowCount(), 1);

        auto* sell = openDialog<SellStockDialog>(page, StockPage::Action::Sell);
        QVERIFY(sell);
        sell->quantityField()->setText(QStringLiteral("10"));
        QVERIFY2(sell->suggestionText().contains(u"LÔ-UM-01"), qPrintable(sell->suggestionText()));
        sell->accept();
        QVERIFY(sell->isVisible()); // refused: stays open
        QVERIFY2(sell->problem().contains(u"chị Lan, đơn Zalo"), qPrintable(sell->problem()));
        // Not a quantity: said plainly, nothing written.
        sell->quantityField()->setText(QStringLiteral("2 chai"));
        sell->accept();
        QVERIFY2(sell->problem().contains(u"2 chai"), qPrintable(sell->problem()));
        sell->quantityField()->setText(QStringLiteral("2,5"));
        sell->accept();
        QCOMPARE(sell->result(), int(QDialog::Accepted));
        QCOMPARE(page.model()->index(row, StockListModel::OnHand).data().toString(), QStringLiteral("10"));

        // Count 9: the dialog says −1 chai before saving; then the ledger has the adjustment.
        auto* count = openDialog<CountStockDialog>(page, StockPage::Action::Count);
        QVERIFY(count);
        count->countedField()->setText(QStringLiteral("9"));
        QVERIFY2(count->deltaText().contains(QStringLiteral("−1 chai")), qPrintable(count->deltaText()));
        count->accept();
        QCOMPARE(count->result(), int(QDialog::Accepted));
        QCOMPARE(StockLedger::onHand(session.workspace()->database(), honey), 9000);
        QCOMPARE(page.movementsTable()->item(0, 2)->text(),
                 StockLedger::reasonLabel(StockLedger::Reason::Adjustment));

        // The banner counts the new expiring lot; its link applies the filter.
        QTRY_COMPARE(page.alertCounts().expiringLots, demoExpiring + 2);
        Q_EMIT page.banner()->linkActivated(QStringLiteral("expiring"));
        QCOMPARE(page.model()->filter(), StockFilter::Expiring);
        QCOMPARE(page.model()->rowCount(), demoExpiringProducts + 2);
        page.setFilter(StockFilter::All);
        QVERIFY(page.selectProduct(honey));

        const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("stock-vi.png"))));

        // Releasing the hold as sold records the sale from the held goods.
        page.holdsTable()->setCurrentCell(0, 0);
        page.releaseSelectedHold(true);
        QCOMPARE(StockLedger::onHand(session.workspace()->database(), honey), 5000);
        QCOMPARE(page.holdsTable()->rowCount(), 0);
        translations.apply(QStringLiteral("en"));
    }

    void emptyWorkspaceSendsToProducts()
    {
        TempWorkspace temp;
        WorkspaceSession session;
        QVERIFY(open(session, temp));
        StockPage page(&session);
        bool asked = false;
        connect(&page, &StockPage::goToProductsRequested, this, [&] { asked = true; });
        QCOMPARE(page.model()->rowCount(), 0);
        const auto buttons = page.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->isVisibleTo(&page) && b->text() == u"Go to the product list")
                b->click();
        }
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestStockPage)
#include "tst_stockpage.moc"
