// The Stock page's reads on a real workspace: keyset pages in Vietnamese name order, on-hand, reserved,
// sellable and the next expiry per product, the low-stock and expiring filters, and the alert counts.
#include <core/VietnameseText.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductStore.h>
#include <storage/StockHolds.h>
#include <storage/StockOverview.h>
#include <storage/StockThresholds.h>
#include <support/StockFixture.h>
#include <support/TempWorkspace.h>

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
const QDate kToday(2026, 11, 23);
const QDate kIn30Days = kToday.addDays(30);

QStringList names(const QList<StockRow>& rows)
{
    QStringList result;
    for (const StockRow& r : rows)
        result.append(r.name);
    return result;
}
} // namespace

class TestStockOverview final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void pagesEveryProductOnceInVietnameseOrder()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!StockOverview::hasProducts(temp.workspace().database()));
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 537));
        QSqlDatabase db = temp.workspace().database();
        QVERIFY(StockOverview::hasProducts(db));

        QSet<QString> seen;
        QString previousKey;
        StockCursor cursor;
        int pages = 0;
        do {
            const StockRowPage page = StockOverview::page(db, StockFilter::All, kIn30Days, cursor, 100);
            QVERIFY(page.rows.size() <= 100);
            for (const StockRow& r : page.rows) {
                QVERIFY2(!seen.contains(r.productId), qPrintable(r.name));
                seen.insert(r.productId);
                const QString key = VietnameseText::sortKey(r.name);
                QVERIFY2(previousKey.toUtf8() <= key.toUtf8(), qPrintable(r.name));
                previousKey = key;
                QCOMPARE(r.onHand, StockLedger::onHand(db, r.productId));
                QCOMPARE(r.reserved, StockHolds::reserved(db, r.productId)); // the demo holds a few
                QCOMPARE(r.sellable(), r.onHand - r.reserved);
            }
            cursor = page.next;
            ++pages;
        } while (!cursor.isStart());
        QCOMPARE(seen.size(), 537);
        QCOMPARE(pages, 6);
        QVERIFY(StockOverview::page(db, StockFilter::All, kIn30Days, {}, 0).rows.isEmpty());
    }

    void rowShowsReservedSellableAndNextExpiry()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        QSqlDatabase db = temp.workspace().database();
        const QString honey =
            stock.addProduct(QStringLiteral("Mật ong rừng"), QStringLiteral("MO"), QStringLiteral("chai"));
        const QString empty = stock.receive(honey, 1000, QStringLiteral("CŨ"), QDate(2026, 12, 1));
        stock.receive(honey, 4000, QStringLiteral("MỚI"), QDate(2027, 2, 1));
        stock.receive(honey, 2000, QStringLiteral("KHÔNG HẠN"));
        // The earliest lot is sold out: the next expiry is the next lot that still has stock.
        QVERIFY(stock.write(
            [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, honey, 1000, empty); }));
        QVERIFY(stock.write([&](WriteTransaction& tx) {
            return StockHolds::hold(tx, honey, 1500, QStringLiteral("chị Lan"));
        }));
        const auto row = StockOverview::row(db, honey);
        QVERIFY(row);
        QCOMPARE(row->name, QStringLiteral("Mật ong rừng"));
        QCOMPARE(row->sku, QStringLiteral("MO"));
        QCOMPARE(row->unit, QStringLiteral("chai"));
        QCOMPARE(row->onHand, 6000);
        QCOMPARE(row->reserved, 1500);
        QCOMPARE(row->sellable(), 4500);
        QCOMPARE(row->nextExpiry, QDate(2027, 2, 1));
        QVERIFY(!row->isLow());
        QVERIFY(!StockOverview::row(db, QStringLiteral("nope")));
    }

    void filtersAndCounts()
    {
        TempWorkspace temp(m_clock);
        StockFixture stock(temp, m_clock);
        QSqlDatabase db = temp.workspace().database();
        const QString cam = stock.addProduct(QStringLiteral("Cam Vinh"), QStringLiteral("CAM"));
        const QString buoi = stock.addProduct(QStringLiteral("Bưởi Diễn"), QStringLiteral("BUOI"));
        const QString dua = stock.addProduct(QStringLiteral("Dừa Bến Tre"), QStringLiteral("DUA"));
        const QString dao = stock.addProduct(QStringLiteral("Đào Sa Pa"), QStringLiteral("DAO"));
        const QString gao = stock.addProduct(QStringLiteral("Gạo ST25"), QStringLiteral("GAO"));
        stock.receive(cam, 2000, QStringLiteral("C1"), kToday.addDays(10));  // expiring soon
        stock.receive(buoi, 9000, QStringLiteral("B1"), kToday.addDays(-2)); // expired, still on hand
        stock.receive(dua, 1000, QStringLiteral("D1"), kToday.addDays(31));  // outside the window
        stock.receive(dao, 3000, QStringLiteral("Đ1"), kToday.addDays(30));  // on the window's last day
        const QString gone = stock.receive(gao, 5000, QStringLiteral("G1"), kToday.addDays(5));
        // A lot sold out does not alert.
        QVERIFY(stock.write([&](WriteTransaction& tx) { return StockLedger::spoil(tx, gao, 5000, gone); }));
        // Thresholds: Cam low (2 ≤ 5), Dừa low (1 ≤ 1), Gạo low (0 ≤ 1), Bưởi not (9 > 5), Đào none.
        for (const auto& [id, threshold] :
             {std::pair{cam, 5000}, std::pair{dua, 1000}, std::pair{gao, 1000}, std::pair{buoi, 5000}})
            QVERIFY(
                stock.write([&](WriteTransaction& tx) { return StockThresholds::set(tx, id, threshold); }));

        QCOMPARE(names(StockOverview::page(db, StockFilter::LowStock, kIn30Days, {}, 50).rows),
                 (QStringList{QStringLiteral("Cam Vinh"), QStringLiteral("Dừa Bến Tre"),
                              QStringLiteral("Gạo ST25")}));
        QCOMPARE(names(StockOverview::page(db, StockFilter::Expiring, kIn30Days, {}, 50).rows),
                 (QStringList{QStringLiteral("Bưởi Diễn"), QStringLiteral("Cam Vinh"),
                              QStringLiteral("Đào Sa Pa")}));
        const StockAlertCounts counts = StockOverview::counts(db, kIn30Days);
        QCOMPARE(counts.lowStock, 3);
        QCOMPARE(counts.expiringLots, 3);
        const QList<ExpiringLot> lots = StockOverview::expiringLots(db, kIn30Days, 10);
        QCOMPARE(lots.size(), 3);
        QCOMPARE(lots.constFirst().code, QStringLiteral("B1")); // the expired one first
        QCOMPARE(lots.constFirst().onHand, 9000);

        // Paging a filter: two at a time, nothing twice.
        StockRowPage first = StockOverview::page(db, StockFilter::LowStock, kIn30Days, {}, 2);
        QCOMPARE(first.rows.size(), 2);
        QVERIFY(!first.next.isStart());
        const StockRowPage second = StockOverview::page(db, StockFilter::LowStock, kIn30Days, first.next, 2);
        QCOMPARE(names(second.rows), QStringList{QStringLiteral("Gạo ST25")});
        QVERIFY(second.next.isStart());

        // Search results keep their order and pass through the filter.
        QCOMPARE(names(StockOverview::rows(db, {gao, buoi, cam}, StockFilter::All, kIn30Days)),
                 (QStringList{QStringLiteral("Gạo ST25"), QStringLiteral("Bưởi Diễn"),
                              QStringLiteral("Cam Vinh")}));
        QCOMPARE(names(StockOverview::rows(db, {gao, buoi, cam}, StockFilter::Expiring, kIn30Days)),
                 (QStringList{QStringLiteral("Bưởi Diễn"), QStringLiteral("Cam Vinh")}));

        // The trigger-kept on-hand columns the filters read agree with the ledger's sums.
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM products p WHERE p.on_hand_milli <> (SELECT "
            "COALESCE(SUM(delta_milli), "
            "0) FROM stock_movements m WHERE m.product_id = p.id)) + (SELECT count(*) FROM lots l WHERE "
            "l.on_hand_milli <> (SELECT COALESCE(SUM(delta_milli), 0) FROM stock_movements m WHERE m.lot_id "
            "= "
            "l.id))")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);

        // An archived product is not for sale: it leaves the list, the filters and the counts.
        QVERIFY(stock.write([&](WriteTransaction& tx) { return ProductStore::archive(tx, cam); }));
        QCOMPARE(StockOverview::page(db, StockFilter::All, kIn30Days, {}, 50).rows.size(), 4);
        QCOMPARE(StockOverview::counts(db, kIn30Days).lowStock, 2);
        QCOMPARE(StockOverview::counts(db, kIn30Days).expiringLots, 2);
        QVERIFY(!names(StockOverview::page(db, StockFilter::All, kIn30Days, {}, 50).rows)
                     .contains(QStringLiteral("Cam Vinh")));
    }
};

QTEST_GUILESS_MAIN(TestStockOverview)
#include "tst_stockoverview.moc"
