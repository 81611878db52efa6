#include <core/Ids.h>
#include <storage/ProductRepository.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSqlQuery>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

Q_DECLARE_METATYPE(ChoPhien::StockLedger::Reason)

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

class TestStockLedger final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

    // A workspace with one product; returns its id.
    static QString addProduct(TempWorkspace& temp, const Clock& clock,
                              const QString& sku = QStringLiteral("MO"))
    {
        ProductSummary p;
        p.id = Ids::newId();
        p.name = QStringLiteral("Mật ong rừng");
        p.sku = sku;
        p.unit = QStringLiteral("chai");
        p.price = 250000;
        WriteTransaction tx(temp.workspace().database(), temp.actor(), clock);
        return ProductRepository::insert(tx, p) && tx.commit() ? p.id : QString();
    }

private Q_SLOTS:
    void reasonCodes_data()
    {
        QTest::addColumn<StockLedger::Reason>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("received") << StockLedger::Reason::Received << QStringLiteral("received");
        QTest::newRow("sold online") << StockLedger::Reason::SoldOnline << QStringLiteral("sold_online");
        QTest::newRow("sold offline") << StockLedger::Reason::SoldOffline << QStringLiteral("sold_offline");
        QTest::newRow("spoiled") << StockLedger::Reason::Spoiled << QStringLiteral("spoiled");
        QTest::newRow("returned") << StockLedger::Reason::Returned << QStringLiteral("returned");
        QTest::newRow("adjustment") << StockLedger::Reason::Adjustment << QStringLiteral("adjustment");
    }
    void reasonCodes()
    {
        QFETCH(StockLedger::Reason, reason);
        QFETCH(QString, code);
        QCOMPARE(StockLedger::reasonCode(reason), code);
        // Every code is one the schema accepts.
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        QVERIFY(!id.isEmpty());
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY2(StockLedger::record(tx, id, 1000, reason), qPrintable(tx.error().detail()));
        QVERIFY(tx.commit());
    }

    void recordIsAttributedAndTimed()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        m_clock.advanceSecs(60);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, id, -2500, StockLedger::Reason::Spoiled,
                                        QStringLiteral(" Vo\u031B\u0303 chai ")));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(temp.workspace().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, product_id, delta_milli, reason, at, by_clerk, note FROM "
                                      "stock_movements")));
        QVERIFY(q.next());
        QVERIFY(Ids::isValid(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), id);
        QCOMPARE(q.value(2).toLongLong(), -2500);
        QCOMPARE(q.value(3).toString(), QStringLiteral("spoiled"));
        QCOMPARE(q.value(4).toString(), toStoredTime(m_clock.now()));
        QCOMPARE(q.value(5).toString(), temp.clerkId());
        QCOMPARE(q.value(6).toString(), QStringLiteral("Vỡ chai"));
        QVERIFY(!q.next());
    }

    void onHandSumsEveryMovement()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString honey = addProduct(temp, m_clock, QStringLiteral("MO"));
        const QString other = addProduct(temp, m_clock, QStringLiteral("OTHER"));
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), 0);
        const QList<std::pair<MilliQuantity, StockLedger::Reason>> moves = {
            {60'000, StockLedger::Reason::Received},    {-3'000, StockLedger::Reason::SoldOnline},
            {-1'000, StockLedger::Reason::SoldOffline}, {1'000, StockLedger::Reason::Returned},
            {-250, StockLedger::Reason::Spoiled},       {-750, StockLedger::Reason::Adjustment},
        };
        MilliQuantity expected = 0;
        for (const auto& [delta, reason] : moves) {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, honey, delta, reason));
            QVERIFY(StockLedger::record(tx, other, 7, StockLedger::Reason::Received));
            QVERIFY(tx.commit());
            expected += delta;
            QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), expected);
        }
        QCOMPARE(expected, MilliQuantity(56'000));
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), other), MilliQuantity(7 * moves.size()));
        // Large quantities stay exact (no floating point anywhere).
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(StockLedger::record(tx, honey, 9'007'199'254'740'993LL, StockLedger::Reason::Received));
        QVERIFY(tx.commit());
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), 9'007'199'254'740'993LL + 56'000);
    }

    void rolledBackMovementsDoNotCount()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, id, 5000, StockLedger::Reason::Received));
        }
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), id), 0);
    }

    void invalidMovementsAreRejected()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(!StockLedger::record(tx, id, 0, StockLedger::Reason::Adjustment)); // a zero movement
            QVERIFY(tx.error());
            QVERIFY(!tx.commit());
        }
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(!StockLedger::record(tx, Ids::newId(), 1000,
                                         StockLedger::Reason::Received)); // no such product
            QVERIFY(!tx.commit());
        }
        {
            WriteTransaction tx(temp.workspace().database(), Actor{Ids::newId()}, m_clock);
            QVERIFY(!StockLedger::record(tx, id, 1000, StockLedger::Reason::Received)); // no such clerk
            QVERIFY(!tx.commit());
        }
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), id), 0);
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), Ids::newId()), 0);
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
