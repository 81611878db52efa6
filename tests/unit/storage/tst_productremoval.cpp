// Deleting a product on a real workspace: only without stock history; it then leaves lists and
// search and frees its SKU, and the audit trail says who deleted it.
#include <core/Ids.h>
#include <core/SearchQuery.h>
#include <storage/AuditTrail.h>
#include <storage/ProductList.h>
#include <storage/ProductRemoval.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/StockHolds.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QTest>

using namespace ChoPhien;

namespace {
Product product(const QString& sku, const QString& name)
{
    Product p;
    p.id = Ids::newId();
    p.sku = sku;
    p.name = name;
    p.unit = QStringLiteral("chai");
    p.price = 50000;
    return p;
}
} // namespace

class TestProductRemoval final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    QSqlDatabase db() { return m_temp->workspace().database(); }
    template <typename Write> bool write(Write w)
    {
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        return w(tx) && tx.commit();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
    }
    void cleanup() { m_temp.reset(); }

    void productWithoutHistoryIsDeleted()
    {
        const Product p = product(QStringLiteral("NM-01"), QStringLiteral("Nước mắm nhĩ"));
        QVERIFY(write([&](WriteTransaction& tx) { return ProductStore::create(tx, p); }));
        QVERIFY(!ProductRemoval::hasHistory(db(), p.id));
        QVERIFY(write([&](WriteTransaction& tx) { return ProductRemoval::remove(tx, p.id); }));

        QVERIFY(!ProductStore::get(db(), p.id));
        QCOMPARE(ProductRepository::count(db()), 0);
        QCOMPARE(ProductList::count(db(), ProductRepository::everything()), 0);
        QVERIFY(ProductRepository::search(db(), SearchQuery(QStringLiteral("nuoc mam")), 10).isEmpty());
        QVERIFY(!ProductStore::skuTaken(db(), QStringLiteral("NM-01")));
        const auto history = AuditTrail::forEntity(db(), QStringLiteral("product"), p.id, 5);
        QCOMPARE(history.constFirst().action, QStringLiteral("delete"));
        QCOMPARE(history.constFirst().clerkId, m_temp->clerkId());
        // The SKU is free for a new product.
        QVERIFY(write([&](WriteTransaction& tx) {
            return ProductStore::create(tx, product(QStringLiteral("NM-01"), QStringLiteral("Nước mắm cốt")));
        }));
    }

    void historyKeepsItAndIsRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("a movement") << 0;
        QTest::newRow("a lot emptied again") << 1;
        QTest::newRow("a released hold") << 2;
    }
    void historyKeepsItAndIsRefused()
    {
        QFETCH(int, kind);
        const Product p = product(QStringLiteral("MO-01"), QStringLiteral("Mật ong"));
        QVERIFY(write([&](WriteTransaction& tx) { return ProductStore::create(tx, p); }));
        QVERIFY(write([&](WriteTransaction& tx) {
            LotDetails lot;
            lot.code = QStringLiteral("LÔ-1");
            switch (kind) {
            case 0:
                return StockLedger::receive(tx, p.id, 2000);
            case 1:
                return StockLedger::receive(tx, p.id, 2000, lot) && StockLedger::spoil(tx, p.id, 2000);
            default: {
                StockHold hold;
                return StockLedger::receive(tx, p.id, 2000) &&
                       StockHolds::hold(tx, p.id, 1000, QStringLiteral("chị Lan"), {}, {}, &hold) &&
                       StockHolds::release(tx, hold.id, StockHolds::Release::Cancelled);
            }
            }
        }));
        QVERIFY(ProductRemoval::hasHistory(db(), p.id));

        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(!ProductRemoval::remove(tx, p.id));
            QCOMPARE(tx.error().kind(), StorageError::Kind::Refused);
            QCOMPARE(tx.error().code(), QStringLiteral("has_history"));
            QVERIFY(tx.error().message().contains(QStringLiteral("Mật ong")));
        }
        QVERIFY(ProductStore::get(db(), p.id)); // untouched
    }

    void unknownProductIsRefused()
    {
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        QVERIFY(!ProductRemoval::remove(tx, Ids::newId()));
        QCOMPARE(tx.error().code(), QStringLiteral("unknown_product"));
    }
};

QTEST_GUILESS_MAIN(TestProductRemoval)
#include "tst_productremoval.moc"
