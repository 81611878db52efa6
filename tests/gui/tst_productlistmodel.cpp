// The catalogue model over a real workspace: keyset paging through fetchMore, Vietnamese order,
// formatted money and quantities, and QAbstractItemModelTester's consistency checks throughout.
#include <core/VietnameseText.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductRepository.h>
#include <support/ModelTester.h>
#include <support/TempWorkspace.h>
#include <ui/ProductListModel.h>

#include <QSet>
#include <QTest>

using namespace ChoPhien;

class TestProductListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughTheWholeCatalogueOnce()
    {
        Test::TempWorkspace temp;
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 1234));
        const std::shared_ptr<Workspace> workspace(&temp.workspace(), [](Workspace*) {});

        ProductListModel model;
        model.setWorkspace(workspace);
        QCOMPARE(model.rowCount(), ProductListModel::kPageSize); // one page, not the whole catalogue
        // Attached after the reset: Qt 6.4's tester calls fetchMore() from its reset handler, before it
        // stops counting the reset as in flight, and would report the fetched rows as a nested change.
        auto tester = Test::attachModelTester(&model);
        QCOMPARE(model.totalCount(), 1234);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1234);

        QSet<QString> ids;
        QString previousKey;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(Qt::UserRole).toString());
            const QString key =
                VietnameseText::sortKey(model.index(row, ProductListModel::Name).data().toString());
            QVERIFY2(previousKey.toUtf8() <= key.toUtf8(), qPrintable(QString::number(row)));
            previousKey = key;
        }
        QCOMPARE(ids.size(), 1234);
    }

    void formatsMoneyAndStock()
    {
        Test::TempWorkspace temp;
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 40));
        const std::shared_ptr<Workspace> workspace(&temp.workspace(), [](Workspace*) {});
        ProductListModel model;
        model.setWorkspace(workspace);
        auto tester = Test::attachModelTester(&model);
        bool foundRice = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ProductListModel::Name).data().toString() == u"Gạo ST25 Sóc Trăng") {
                foundRice = true;
                QCOMPARE(model.index(row, ProductListModel::Price).data().toString(),
                         QStringLiteral("38.000\u00a0₫"));
                // The seed's 1.500,5 kg received, less what the demo sold at the market.
                QCOMPARE(model.index(row, ProductListModel::OnHand).data().toString(),
                         QStringLiteral("1.125,5"));
                QCOMPARE(model.index(row, ProductListModel::Unit).data().toString(), QStringLiteral("kg"));
            }
        }
        QVERIFY(foundRice);
    }

    void emptyAndClosedWorkspace()
    {
        ProductListModel model;
        auto tester = Test::attachModelTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        Test::TempWorkspace temp;
        const std::shared_ptr<Workspace> workspace(&temp.workspace(), [](Workspace*) {});
        model.setWorkspace(workspace);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
