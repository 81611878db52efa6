#include <core/Ids.h>
#include <core/VietnameseText.h>
#include <storage/ProductRepository.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

ProductSummary product(const QString& name, const QString& sku, Dong price = 10000)
{
    ProductSummary p;
    p.id = Ids::newId();
    p.name = name;
    p.sku = sku;
    p.unit = QStringLiteral("túi");
    p.price = price;
    return p;
}

// Every product, following the cursor page by page.
QList<ProductSummary> allPages(QSqlDatabase db, int limit, int* pages = nullptr)
{
    QList<ProductSummary> rows;
    ProductCursor cursor;
    int count = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const ProductPage page = ProductList::page(db, {}, {}, cursor, limit);
        ++count;
        if (page.rows.size() > limit)
            return {};
        rows += page.rows;
        if (page.next.isStart())
            break;
        cursor = page.next;
    }
    if (pages)
        *pages = count;
    return rows;
}

} // namespace

class TestProductRepository final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void insertStoresNormalisedTextAndAttribution()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        ProductSummary p =
            product(QStringLiteral("  Che\u0300 Ta\u0302n Cu\u031Bo\u031Bng "), QStringLiteral(" CHE-TC "));
        p.unit = QStringLiteral("tu\u0301i");
        p.ocopStars = 4;
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, p, QStringLiteral("Chè búp  ")));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(temp.workspace().database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT name, name_search, name_sort, sku, unit, price_dong, ocop_stars, "
                                  "description, created_at, created_by, updated_at, updated_by, deleted_at "
                                  "FROM products")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Chè Tân Cương"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("che tan cuong"));
        QCOMPARE(q.value(2).toString(), VietnameseText::sortKey(QStringLiteral("Chè Tân Cương")));
        QCOMPARE(q.value(3).toString(), QStringLiteral("CHE-TC"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("túi"));
        QCOMPARE(q.value(5).toLongLong(), 10000);
        QCOMPARE(q.value(6).toInt(), 4);
        QCOMPARE(q.value(7).toString(), QStringLiteral("Chè búp"));
        QCOMPARE(q.value(8).toString(), toStoredTime(kAt));
        QCOMPARE(q.value(9).toString(), temp.clerkId());
        QCOMPARE(q.value(10).toString(), toStoredTime(kAt));
        QCOMPARE(q.value(11).toString(), temp.clerkId());
        QVERIFY(q.value(12).isNull());
        QVERIFY(!q.next());
    }

    void invalidProductsAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("stars");
        QTest::newRow("blank name") << QStringLiteral("   ") << qint64(1000) << 0;
        QTest::newRow("negative price") << QStringLiteral("Chè") << qint64(-1) << 0;
        QTest::newRow("two stars") << QStringLiteral("Chè") << qint64(1000) << 2;
        QTest::newRow("six stars") << QStringLiteral("Chè") << qint64(1000) << 6;
    }
    void invalidProductsAreRejected()
    {
        QFETCH(QString, name);
        QFETCH(qint64, price);
        QFETCH(int, stars);
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        ProductSummary p = product(name, QStringLiteral("SKU-1"), price);
        p.ocopStars = stars;
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(!ProductRepository::insert(tx, p));
        QVERIFY(tx.error());
        QVERIFY(!tx.commit());
    }

    void duplicateSkuIsRejected()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, product(QStringLiteral("Chè"), QStringLiteral("CHE-TC"))));
            QVERIFY(tx.commit());
        }
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            // The same SKU, even with white space around it.
            QVERIFY(!ProductRepository::insert(
                tx, product(QStringLiteral("Chè khác"), QStringLiteral(" CHE-TC"))));
            QVERIFY(tx.error().detail().contains(u"UNIQUE"));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 1);

        // Once the first is deleted, its SKU is free again.
        QVERIFY(QSqlQuery(temp.workspace().database())
                    .exec(QStringLiteral("UPDATE products SET deleted_at = '2026-11-24T00:00:00.000Z'")));
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(ProductRepository::insert(tx, product(QStringLiteral("Chè mới"), QStringLiteral("CHE-TC"))));
        QVERIFY(tx.commit());
    }

    void findByIdOrSku()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const ProductSummary tea = product(QStringLiteral("Chè Tân Cương"), QStringLiteral("CHE-TC"), 180000);
        const ProductSummary lower = product(QStringLiteral("Chè thường"), QStringLiteral("che-tc"));
        {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, tea));
            QVERIFY(StockLedger::record(tx, tea.id, 2500, StockLedger::Reason::Received));
            QVERIFY(tx.commit());
        }
        const auto byId = ProductRepository::find(db, tea.id);
        QVERIFY(byId);
        QCOMPARE(byId->sku, QStringLiteral("CHE-TC"));
        QCOMPARE(byId->name, QStringLiteral("Chè Tân Cương"));
        QCOMPARE(byId->price, 180000);
        QCOMPARE(byId->onHand, 2500);
        for (const QString& typed :
             {QStringLiteral("CHE-TC"), QStringLiteral("che-tc"), QStringLiteral(" Che-Tc ")})
            QCOMPARE(ProductRepository::find(db, typed).value_or(ProductSummary{}).id, tea.id);
        QVERIFY(!ProductRepository::find(db, QStringLiteral("CHE")));
        QVERIFY(!ProductRepository::find(db, QString()));
        QVERIFY(!ProductRepository::find(db, QStringLiteral("' OR 1=1 --")));

        // Two SKUs that differ only in case: the exact one wins.
        {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, lower));
            QVERIFY(tx.commit());
        }
        QCOMPARE(ProductRepository::find(db, QStringLiteral("che-tc")).value_or(ProductSummary{}).id,
                 lower.id);
        QCOMPARE(ProductRepository::find(db, QStringLiteral("CHE-TC")).value_or(ProductSummary{}).id, tea.id);

        // Deleted products are not found.
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("UPDATE products SET deleted_at = '2026-11-24T00:00:00.000Z' WHERE id = '%1'")
                .arg(tea.id)));
        QVERIFY(!ProductRepository::find(db, tea.id));
        QCOMPARE(ProductRepository::find(db, QStringLiteral("CHE-TC")).value_or(ProductSummary{}).id,
                 lower.id);
    }

    void pagesFollowVietnameseOrder()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QStringList expected = {QStringLiteral("Bánh pía"), QStringLiteral("Bưởi Năm Roi"),
                                      QStringLiteral("Cà phê"),   QStringLiteral("Chè"),
                                      QStringLiteral("Dừa sáp"),  QStringLiteral("Đào"),
                                      QStringLiteral("Gạo"),      QStringLiteral("Ổi"),
                                      QStringLiteral("Ớt"),       QStringLiteral("Tôm khô")};
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            for (qsizetype i = expected.size() - 1; i >= 0; --i)
                QVERIFY(ProductRepository::insert(tx, product(expected[i], QStringLiteral("S%1").arg(i))));
            QVERIFY(tx.commit());
        }
        QStringList names;
        for (const ProductSummary& p : allPages(temp.workspace().database(), 3))
            names.append(p.name);
        QCOMPARE(names, expected);
    }

    void keysetPagingReturnsEveryProductOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("exact divisor 50") << 50;
        QTest::newRow("larger than all") << 1000;
    }
    void keysetPagingReturnsEveryProductOnce()
    {
        QFETCH(int, limit);
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        // Many products share a name, so pages break inside runs of equal sort keys.
        const QStringList names = {QStringLiteral("Mật ong"), QStringLiteral("mật ong"),
                                   QStringLiteral("Mắm"), QStringLiteral("Nước mắm"), QStringLiteral("Ổi")};
        QSet<QString> ids;
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            for (int i = 0; i < 250; ++i) {
                const ProductSummary p = product(names[i % names.size()], QStringLiteral("SKU-%1").arg(i));
                ids.insert(p.id);
                QVERIFY(ProductRepository::insert(tx, p));
            }
            QVERIFY(tx.commit());
        }
        int pages = 0;
        const QList<ProductSummary> rows = allPages(temp.workspace().database(), limit, &pages);
        QCOMPARE(rows.size(), 250);
        QSet<QString> seen;
        for (const ProductSummary& p : rows)
            seen.insert(p.id);
        QCOMPARE(seen, ids);
        QVERIFY(pages >= 250 / limit);
        QVERIFY(pages <= 250 / limit + 1);
        // Strictly increasing by (sort key, id).
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString a = VietnameseText::sortKey(rows[i - 1].name);
            const QString b = VietnameseText::sortKey(rows[i].name);
            QVERIFY(a < b || (a == b && rows[i - 1].id < rows[i].id));
        }
    }

    void pagesSkipDeletedProducts()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            for (int i = 0; i < 10; ++i)
                QVERIFY(ProductRepository::insert(
                    tx, product(QStringLiteral("Hàng %1").arg(i), QStringLiteral("H%1").arg(i))));
            QVERIFY(tx.commit());
        }
        QVERIFY(QSqlQuery(temp.workspace().database())
                    .exec(QStringLiteral("UPDATE products SET deleted_at = 'x' WHERE sku IN ('H2', 'H5')")));
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 8);
        QStringList skus;
        for (const ProductSummary& p : allPages(temp.workspace().database(), 4))
            skus.append(p.sku);
        QCOMPARE(skus.size(), 8);
        QVERIFY(!skus.contains(QStringLiteral("H2")));
        QVERIFY(!skus.contains(QStringLiteral("H5")));
    }

    void onHandIsTheSumOfMovements()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const ProductSummary honey = product(QStringLiteral("Mật ong"), QStringLiteral("MO"));
        const ProductSummary rice = product(QStringLiteral("Gạo"), QStringLiteral("GAO"));
        const ProductSummary tea = product(QStringLiteral("Chè"), QStringLiteral("CHE"));
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, honey));
            QVERIFY(ProductRepository::insert(tx, rice));
            QVERIFY(ProductRepository::insert(tx, tea));
            QVERIFY(StockLedger::record(tx, honey.id, 60'000, StockLedger::Reason::Received));
            QVERIFY(StockLedger::record(tx, honey.id, -3'000, StockLedger::Reason::SoldOffline));
            QVERIFY(StockLedger::record(tx, honey.id, -500, StockLedger::Reason::Spoiled));
            QVERIFY(StockLedger::record(tx, rice.id, 1'500'500, StockLedger::Reason::Received));
            QVERIFY(StockLedger::record(tx, rice.id, -2'000'000, StockLedger::Reason::SoldOnline));
            QVERIFY(tx.commit());
        }
        QHash<QString, MilliQuantity> onHand;
        for (const ProductSummary& p : allPages(temp.workspace().database(), 2))
            onHand.insert(p.sku, p.onHand);
        QCOMPARE(onHand.value(QStringLiteral("MO")), MilliQuantity(56'500));
        QCOMPARE(onHand.value(QStringLiteral("GAO")), MilliQuantity(-499'500)); // oversold: shown, not hidden
        QCOMPARE(onHand.value(QStringLiteral("CHE")), MilliQuantity(0));
        QCOMPARE(onHand.value(QStringLiteral("MO")),
                 StockLedger::onHand(temp.workspace().database(), honey.id));
    }

    void pageCarriesEveryColumn()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        ProductSummary p = product(QStringLiteral("Nước mắm Phú Quốc"), QStringLiteral("NM-PQ"), 125000);
        p.unit = QStringLiteral("chai");
        p.ocopStars = 5;
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, p));
            QVERIFY(tx.commit());
        }
        const ProductPage page = ProductList::page(temp.workspace().database(), {}, {}, {}, 10);
        QCOMPARE(page.rows.size(), 1);
        QVERIFY(page.next.isStart());
        const ProductSummary& got = page.rows.first();
        QCOMPARE(got.id, p.id);
        QCOMPARE(got.name, p.name);
        QCOMPARE(got.sku, p.sku);
        QCOMPARE(got.unit, p.unit);
        QCOMPARE(got.price, p.price);
        QCOMPARE(got.ocopStars, 5);
        QCOMPARE(got.onHand, 0);
    }

    void emptyCatalogue()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 0);
        const ProductPage page = ProductList::page(temp.workspace().database(), {}, {}, {}, 50);
        QVERIFY(page.rows.isEmpty());
        QVERIFY(page.next.isStart());
    }

    void nonPositiveLimitGivesAnEmptyLastPage()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(ProductRepository::insert(tx, product(QStringLiteral("Chè"), QStringLiteral("CHE"))));
            QVERIFY(tx.commit());
        }
        for (int limit : {0, -1}) {
            const ProductPage page = ProductList::page(temp.workspace().database(), {}, {}, {}, limit);
            QVERIFY(page.rows.isEmpty());
            QVERIFY(page.next.isStart());
        }
    }

    void closedDatabaseReadsNothing()
    {
        QSqlDatabase closed;
        QCOMPARE(ProductRepository::count(closed), -1);
        QVERIFY(ProductList::page(closed, {}, {}, {}, 10).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
