// Holds make reserved and sellable real: a hold larger than sellable is refused, a sale at the market
// never takes held goods, releasing a hold gives them back (cancelled) or sells them (fulfilled).
#include <storage/AuditTrail.h>
#include <storage/StockHolds.h>
#include <storage/StockThresholds.h>
#include <support/StockFixture.h>
#include <support/TempWorkspace.h>

#include <QSqlQuery>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

class TestStockHolds final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

    static QSqlDatabase db(TempWorkspace& temp) { return temp.workspace().database(); }

private Q_SLOTS:
    void holdReservesAndReleaseGivesBack()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        StockFixture stock(temp, m_clock);
        const QString honey =
            stock.addProduct(QStringLiteral("Mật ong rừng"), QStringLiteral("MO"), QStringLiteral("chai"));
        QVERIFY(!stock.receive(honey, 10000, QStringLiteral("LÔ-1")).isEmpty());

        StockHold held;
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, honey, 2500, QStringLiteral(" chị Lan, đơn Zalo "), {},
                                    QStringLiteral("lấy thứ Bảy"), &held);
        }));
        QCOMPARE(held.reference, QStringLiteral("chị Lan, đơn Zalo"));
        QVERIFY(held.isOpen());
        QCOMPARE(StockHolds::reserved(db(temp), honey), 2500);
        QCOMPARE(StockHolds::sellable(db(temp), honey), 7500);
        QCOMPARE(StockLedger::onHand(db(temp), honey), 10000); // a hold moves nothing
        const QList<StockHold> open = StockHolds::list(db(temp), honey);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().createdByName.isEmpty(), false);
        QCOMPARE(StockHolds::find(db(temp), held.id.left(8))->id, held.id);

        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::release(tx, held.id, StockHolds::Release::Cancelled);
        }));
        QCOMPARE(StockHolds::reserved(db(temp), honey), 0);
        QCOMPARE(StockLedger::onHand(db(temp), honey), 10000);
        const auto released = StockHolds::find(db(temp), held.id);
        QVERIFY(released && !released->isOpen());
        QCOMPARE(released->releaseReason, QStringLiteral("cancelled"));
        QVERIFY(StockHolds::list(db(temp), honey).isEmpty());
        QCOMPARE(StockHolds::list(db(temp), honey, true).size(), 1);

        // Releasing twice is refused, and says so.
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) {
                return StockHolds::release(tx, held.id, StockHolds::Release::Fulfilled);
            },
            &error));
        QCOMPARE(error.code(), QStringLiteral("hold_released"));
        QVERIFY2(error.message().contains(u"chị Lan"), qPrintable(error.message()));
        QCOMPARE(StockLedger::onHand(db(temp), honey), 10000);

        // The audit trail has the hold and its release.
        const QList<AuditEntry> audit = AuditTrail::forEntity(db(temp), QStringLiteral("stock"), honey, 10);
        QCOMPARE(audit.at(0).action, QStringLiteral("release"));
        QCOMPARE(audit.at(1).action, QStringLiteral("hold"));
    }

    void fulfilledHoldRecordsTheSale()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString rice = stock.addProduct(QStringLiteral("Gạo ST25"), QStringLiteral("ST25"));
        const QString early = stock.receive(rice, 3000, QStringLiteral("LÔ-A"), QDate(2026, 12, 1));
        const QString late = stock.receive(rice, 5000, QStringLiteral("LÔ-B"), QDate(2027, 6, 1));
        StockHold held;
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, rice, 2000, QStringLiteral("anh Tú"), late, {}, &held);
        }));
        QCOMPARE(held.lotCode, QStringLiteral("LÔ-B"));
        QCOMPARE(StockHolds::reservedInLot(db(temp), late), 2000);

        QList<StockLedger::Movement> sold;
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::release(tx, held.id, StockHolds::Release::Fulfilled, &sold);
        }));
        QCOMPARE(sold.size(), 1);
        QCOMPARE(sold.constFirst().reason, StockLedger::Reason::SoldOffline);
        QCOMPARE(sold.constFirst().lotId, late); // from the held lot, not the earliest
        QCOMPARE(sold.constFirst().delta, -2000);
        QCOMPARE(StockLedger::onHandInLot(db(temp), late), 3000);
        QCOMPARE(StockLedger::onHandInLot(db(temp), early), 3000);
        QCOMPARE(StockHolds::reserved(db(temp), rice), 0);
        QCOMPARE(StockHolds::find(db(temp), held.id)->releaseReason, QStringLiteral("fulfilled"));
    }

    void holdLargerThanSellableIsRefused()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString tea =
            stock.addProduct(QStringLiteral("Chè Tân Cương"), QStringLiteral("CHE"), QStringLiteral("túi"));
        const QString lot = stock.receive(tea, 5000, QStringLiteral("LÔ-1"), QDate(2027, 1, 1));
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, tea, 4000, QStringLiteral("chị Lan"));
        }));
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) { return StockHolds::hold(tx, tea, 1500, QStringLiteral("anh Tú")); },
            &error));
        QCOMPARE(error.code(), QStringLiteral("not_enough_sellable"));
        QVERIFY2(error.message().contains(u"1 túi"), qPrintable(error.message()));
        // Exactly what is left may be held; then nothing more, not even from the lot.
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, tea, 1000, QStringLiteral("anh Tú"), lot);
        }));
        QCOMPARE(StockHolds::sellable(db(temp), tea), 0);
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) { return StockHolds::hold(tx, tea, 1, QStringLiteral("x")); }, &error));
        QCOMPARE(error.code(), QStringLiteral("not_enough_sellable"));
        QCOMPARE(StockHolds::list(db(temp), tea).size(), 2);
    }

    void badHoldsAreRefused_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("otherLot");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << 0 << QStringLiteral("chị Lan") << false << QStringLiteral("bad_quantity");
        QTest::newRow("negative") << -5 << QStringLiteral("chị Lan") << false
                                  << QStringLiteral("bad_quantity");
        QTest::newRow("nobody") << 1000 << QStringLiteral("   ") << false
                                << QStringLiteral("reference_required");
        QTest::newRow("another product's lot")
            << 1000 << QStringLiteral("chị Lan") << true << QStringLiteral("unknown_lot");
    }
    void badHoldsAreRefused()
    {
        QFETCH(int, quantity);
        QFETCH(QString, reference);
        QFETCH(bool, otherLot);
        QFETCH(QString, code);
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString a = stock.addProduct(QStringLiteral("Cam Vinh"), QStringLiteral("CAM"));
        const QString b = stock.addProduct(QStringLiteral("Bưởi Diễn"), QStringLiteral("BUOI"));
        stock.receive(a, 5000);
        const QString lotOfB = stock.receive(b, 5000);
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) {
                return StockHolds::hold(tx, a, quantity, reference, otherLot ? lotOfB : QString());
            },
            &error));
        QCOMPARE(error.code(), code);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(StockHolds::list(db(temp)).isEmpty());
    }

    void expiredLotIsNotHeld()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString milk =
            stock.addProduct(QStringLiteral("Sữa chua"), QStringLiteral("SC"), QStringLiteral("hũ"));
        const QString old = stock.receive(milk, 5000, QStringLiteral("LÔ-CŨ"), QDate(2026, 11, 20));
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) {
                return StockHolds::hold(tx, milk, 1000, QStringLiteral("chị Lan"), old);
            },
            &error));
        QCOMPARE(error.code(), QStringLiteral("lot_expired"));
    }

    void saleNeverTakesHeldGoods()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString honey =
            stock.addProduct(QStringLiteral("Mật ong"), QStringLiteral("MO"), QStringLiteral("chai"));
        const QString lot = stock.receive(honey, 10000, QStringLiteral("LÔ-1"));
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, honey, 6000, QStringLiteral("chị Lan, đơn Zalo"));
        }));
        StorageError error;
        QVERIFY(!stock.write([&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, honey, 5000); },
                             &error));
        QCOMPARE(error.code(), QStringLiteral("held_stock"));
        // The sentence names what can be sold and for whom the rest is held.
        QVERIFY2(error.message().contains(u"4 chai") &&
                     error.message().contains(u"chị Lan, đơn Zalo (6 chai)"),
                 qPrintable(error.message()));
        QCOMPARE(StockLedger::onHand(db(temp), honey), 10000);
        // What is sellable sells, from the lot too.
        QVERIFY(stock.write(
            [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, honey, 4000, lot); }));
        QCOMPARE(StockHolds::sellable(db(temp), honey), 0);
        // Spoilage is what happened: recorded even into held goods, leaving the holds short.
        QVERIFY(stock.write([&](WriteTransaction& tx) { return StockLedger::spoil(tx, honey, 1000); }));
        QCOMPARE(StockHolds::sellable(db(temp), honey), -1000);
    }

    void lotHoldGuardsItsLot()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString rice = stock.addProduct(QStringLiteral("Gạo"), QStringLiteral("G"));
        const QString a = stock.receive(rice, 2000, QStringLiteral("A"), QDate(2027, 1, 1));
        stock.receive(rice, 8000, QStringLiteral("B"), QDate(2027, 3, 1));
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, rice, 1500, QStringLiteral("cô Mai"), a);
        }));
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, rice, 1000, a); }, &error));
        QCOMPARE(error.code(), QStringLiteral("held_stock"));
        QVERIFY2(error.message().contains(u"cô Mai"), qPrintable(error.message()));
        QVERIFY(
            stock.write([&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, rice, 500, a); }));
    }

    void unknownHoldIsRefused()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        StorageError error;
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) {
                return StockHolds::release(tx, QStringLiteral("no-such-hold"),
                                           StockHolds::Release::Cancelled);
            },
            &error));
        QCOMPARE(error.code(), QStringLiteral("unknown_hold"));
        QVERIFY(!StockHolds::find(db(temp), QStringLiteral("abc")));
    }

    void thresholds()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        const QString tea = stock.addProduct(QStringLiteral("Chè"), QStringLiteral("CHE"));
        QCOMPARE(StockThresholds::get(db(temp), tea), 0);
        QVERIFY(stock.write([&](WriteTransaction& tx) { return StockThresholds::set(tx, tea, 2500); }));
        QCOMPARE(StockThresholds::get(db(temp), tea), 2500);
        StorageError error;
        QVERIFY(
            !stock.write([&](WriteTransaction& tx) { return StockThresholds::set(tx, tea, -1); }, &error));
        QCOMPARE(error.code(), QStringLiteral("bad_quantity"));
        QVERIFY(!stock.write(
            [&](WriteTransaction& tx) { return StockThresholds::set(tx, QStringLiteral("nope"), 1); },
            &error));
        QCOMPARE(error.code(), QStringLiteral("unknown_product"));
        QCOMPARE(StockThresholds::get(db(temp), tea), 2500);
        QCOMPARE(AuditTrail::forEntity(db(temp), QStringLiteral("stock"), tea, 1).constFirst().action,
                 QStringLiteral("threshold"));
    }
};

QTEST_GUILESS_MAIN(TestStockHolds)
#include "tst_stockholds.moc"
