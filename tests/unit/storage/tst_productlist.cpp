// The product list on a real workspace: filters that combine, every sort order paged by keyset without
// repeats or gaps, the category tree, and bulk edits audited product by product.
#include <core/Ids.h>
#include <core/SearchQuery.h>
#include <core/VietnameseText.h>
#include <storage/AuditTrail.h>
#include <storage/ProductBulkEdit.h>
#include <storage/ProductList.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/StockThresholds.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace ChoPhien;

namespace {

struct Row {
    const char* name;
    const char* sku;
    const char* category;
    const char* group;
    Dong price;
    int ocop;
    MilliQuantity stock;
};

// Prices repeat on purpose: ties must page correctly.
const Row kRows[] = {
    {"Gạo ST25 Sóc Trăng", "GAO-ST25", "Nông sản/Gạo", "food", 45000, 5, 20000},
    {"Gạo nếp cái hoa vàng", "GAO-NEP", "Nông sản/Gạo", "food", 45000, 0, 0},
    {"Đậu xanh Hà Giang", "DAU-XANH", "Nông sản/Đậu", "food", 45000, 3, 1500},
    {"Chè Shan tuyết Suối Giàng", "CHE-SG", "Đồ uống/Trà", "beverage", 350000, 4, 3000},
    {"Trà sen Tây Hồ", "TRA-SEN", "Đồ uống/Trà", "beverage", 1200000, 5, 0},
    {"Rượu cần Tây Nguyên", "RUOU-CAN", "Đồ uống/Rượu", "alcohol", 180000, 3, 12000},
    {"Nước mắm Phú Quốc", "NM-PQ", "Gia vị", "food", 120000, 4, 40000},
    {"Mật ong bạc hà", "MO-BH", "Nông sản khô", "food", 250000, 0, 0},
    {"Nón lá Huế", "NON-LA", "Thủ công", "handicraft", 80000, 3, 7000},
    {"Khăn thổ cẩm", "KHAN-TC", "Thủ công/Dệt", "textile", 150000, 0, 2000},
    {"Bánh pía Sóc Trăng", "BANH-PIA", "", "food", 60000, 0, 0},
    {"Cà phê Buôn Ma Thuột", "CF-BMT", "Đồ uống/Cà phê", "beverage", 180000, 4, 9000},
};

Product productOf(const Row& row)
{
    Product p;
    p.id = Ids::newId();
    p.name = QString::fromUtf8(row.name);
    p.sku = QString::fromUtf8(row.sku);
    p.category = QString::fromUtf8(row.category);
    p.group = QString::fromUtf8(row.group);
    p.unit = QStringLiteral("gói");
    p.price = row.price;
    p.ocop.stars = row.ocop;
    if (row.ocop > 0) {
        p.ocop.certificate = QStringLiteral("OCOP-%1").arg(p.sku);
        p.ocop.decidedOn = QDate(2025, 6, 1);
    }
    return p;
}

QStringList skus(const QList<ProductSummary>& rows)
{
    QStringList list;
    for (const ProductSummary& p : rows)
        list.append(p.sku);
    return list;
}

} // namespace

class TestProductList final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    QHash<QString, QString> m_ids; // by SKU

    QSqlDatabase db() { return m_temp->workspace().database(); }

    // Every page of the list, `limit` rows at a time.
    QList<ProductSummary> allPages(const ProductFilter& filter, const ProductOrder& order, int limit)
    {
        QList<ProductSummary> rows;
        ProductCursor cursor;
        for (int pages = 0; pages < 10000; ++pages) {
            const ProductPage page = ProductList::page(db(), filter, order, cursor, limit);
            rows.append(page.rows);
            if (page.next.isStart())
                break;
            cursor = page.next;
        }
        return rows;
    }

    QStringList listed(const ProductFilter& filter)
    {
        QStringList list = skus(allPages(filter, {}, 100));
        list.sort();
        return list;
    }

private Q_SLOTS:
    void init()
    {
        // A list query that fails falls back to a slower one and says so: that is a defect here.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        for (const Row& row : kRows) {
            const Product p = productOf(row);
            QVERIFY2(ProductValidator::check(p).isEmpty(), row.sku);
            QVERIFY(ProductStore::create(tx, p));
            if (row.stock != 0)
                QVERIFY(StockLedger::receive(tx, p.id, row.stock));
            m_ids.insert(p.sku, p.id);
        }
        QVERIFY(ProductStore::archive(tx, m_ids.value(QStringLiteral("BANH-PIA"))));
        QVERIFY(tx.commit());
    }
    void cleanup() { m_temp.reset(); }

    void archivedProductsLeaveTheDefaultList()
    {
        ProductFilter filter;
        QCOMPARE(ProductList::count(db(), filter), qint64(std::size(kRows) - 1));
        QVERIFY(!listed(filter).contains(QStringLiteral("BANH-PIA")));
        filter.status = ProductFilter::Status::Archived;
        QCOMPARE(listed(filter), QStringList{QStringLiteral("BANH-PIA")});
        QVERIFY(allPages(filter, {}, 5).constFirst().archived);
        filter.status = ProductFilter::Status::All;
        QCOMPARE(ProductList::count(db(), filter), qint64(std::size(kRows)));
    }

    void categoryIncludesItsSubcategoriesOnly()
    {
        ProductFilter filter;
        filter.category = QStringLiteral("Nông sản");
        // "Nông sản khô" starts with the same letters but is another category.
        QCOMPARE(listed(filter), (QStringList{QStringLiteral("DAU-XANH"), QStringLiteral("GAO-NEP"),
                                              QStringLiteral("GAO-ST25")}));
        filter.category = QStringLiteral("Nông sản/Gạo");
        QCOMPARE(ProductList::count(db(), filter), 2);
        filter.category = QStringLiteral(" Thủ công ");
        QCOMPARE(listed(filter), (QStringList{QStringLiteral("KHAN-TC"), QStringLiteral("NON-LA")}));
        // Typed in NFD, as some keyboards send it.
        filter.category = QStringLiteral("Đồ uống/Tra\u0300");
        QCOMPARE(listed(filter), (QStringList{QStringLiteral("CHE-SG"), QStringLiteral("TRA-SEN")}));
        filter.category = QStringLiteral("Không có");
        QCOMPARE(ProductList::count(db(), filter), 0);
    }

    void filtersCombine()
    {
        ProductFilter filter;
        filter.group = QStringLiteral("beverage");
        QCOMPARE(ProductList::count(db(), filter), 3);
        filter.ocop = ProductFilter::Ocop::FiveStars;
        QCOMPARE(listed(filter), QStringList{QStringLiteral("TRA-SEN")});
        filter.stock = ProductFilter::Stock::InStock;
        QCOMPARE(ProductList::count(db(), filter), 0); // Trà sen has none

        ProductFilter ocop;
        ocop.ocop = ProductFilter::Ocop::NotRated;
        QCOMPARE(listed(ocop), (QStringList{QStringLiteral("GAO-NEP"), QStringLiteral("KHAN-TC"),
                                            QStringLiteral("MO-BH")}));
        ocop.ocop = ProductFilter::Ocop::Rated;
        QCOMPARE(ProductList::count(db(), ocop), 8);
        ocop.ocop = ProductFilter::Ocop::ThreeStars;
        QCOMPARE(ProductList::count(db(), ocop), 3);

        ProductFilter out;
        out.stock = ProductFilter::Stock::OutOfStock;
        QCOMPARE(listed(out), (QStringList{QStringLiteral("GAO-NEP"), QStringLiteral("MO-BH"),
                                           QStringLiteral("TRA-SEN")}));
        // Stock that went out again counts as none.
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(StockLedger::sellAtMarket(tx, m_ids.value(QStringLiteral("DAU-XANH")), 1500));
            QVERIFY(tx.commit());
        }
        QCOMPARE(ProductList::count(db(), out), 4);
    }

    void lowStockAndExpiringLots()
    {
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            // Nón lá has 7: at its threshold of 7 it is low; Nước mắm (40) is above its threshold.
            QVERIFY(StockThresholds::set(tx, m_ids.value(QStringLiteral("NON-LA")), 7000));
            QVERIFY(StockThresholds::set(tx, m_ids.value(QStringLiteral("NM-PQ")), 10000));
            // Out of stock with a threshold is low too.
            QVERIFY(StockThresholds::set(tx, m_ids.value(QStringLiteral("MO-BH")), 1000));
            LotDetails soon;
            soon.code = QStringLiteral("LÔ-SOON");
            soon.expiresOn = QDate(2026, 12, 10);
            QVERIFY(StockLedger::receive(tx, m_ids.value(QStringLiteral("CF-BMT")), 2000, soon));
            LotDetails later;
            later.code = QStringLiteral("LÔ-LATER");
            later.expiresOn = QDate(2027, 6, 1);
            QVERIFY(StockLedger::receive(tx, m_ids.value(QStringLiteral("GAO-ST25")), 2000, later));
            // A lot that expires soon but is empty does not count.
            LotDetails gone = soon;
            gone.code = QStringLiteral("LÔ-GONE");
            QVERIFY(StockLedger::receive(tx, m_ids.value(QStringLiteral("CHE-SG")), 1000, gone));
            QVERIFY(tx.commit());
        }
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            const auto lot =
                StockLedger::findLot(db(), m_ids.value(QStringLiteral("CHE-SG")), QStringLiteral("LÔ-GONE"));
            QVERIFY(lot);
            QVERIFY(StockLedger::spoil(tx, m_ids.value(QStringLiteral("CHE-SG")), 1000, lot->id));
            QVERIFY(tx.commit());
        }
        ProductFilter low;
        low.stock = ProductFilter::Stock::LowStock;
        QCOMPARE(listed(low), (QStringList{QStringLiteral("MO-BH"), QStringLiteral("NON-LA")}));

        ProductFilter expiring;
        expiring.stock = ProductFilter::Stock::Expiring;
        expiring.expiringBy = QDate(2026, 12, 31);
        QCOMPARE(listed(expiring), QStringList{QStringLiteral("CF-BMT")});
        expiring.expiringBy = QDate(2027, 12, 31);
        QCOMPARE(listed(expiring), (QStringList{QStringLiteral("CF-BMT"), QStringLiteral("GAO-ST25")}));
        expiring.group = QStringLiteral("food");
        QCOMPARE(listed(expiring), QStringList{QStringLiteral("GAO-ST25")});
    }

    void everyOrderPagesWithoutRepeatsOrGaps_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        for (int key : {int(ProductSortKey::Name), int(ProductSortKey::Sku), int(ProductSortKey::Price),
                        int(ProductSortKey::Ocop)}) {
            QTest::addRow("key %d ascending", key) << key << false;
            QTest::addRow("key %d descending", key) << key << true;
        }
    }
    void everyOrderPagesWithoutRepeatsOrGaps()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        const ProductOrder order{ProductSortKey(key), descending};
        const QList<ProductSummary> whole = allPages({}, order, 1000);
        QCOMPARE(whole.size(), qsizetype(std::size(kRows) - 1));

        // The expected order, worked out here from the rows themselves.
        QList<ProductSummary> expected = whole;
        auto keyOf = [&](const ProductSummary& p) {
            const QString name = VietnameseText::sortKey(p.name);
            switch (ProductSortKey(key)) {
            case ProductSortKey::Sku:
                return std::tuple(qint64(0), p.sku.toUpper(), p.id);
            case ProductSortKey::Price:
                return std::tuple(p.price, name, p.id);
            case ProductSortKey::Ocop:
                return std::tuple(qint64(p.ocopStars), name, p.id);
            case ProductSortKey::Name:
                break;
            }
            return std::tuple(qint64(0), name, p.id);
        };
        std::sort(expected.begin(), expected.end(), [&](const ProductSummary& a, const ProductSummary& b) {
            return descending ? keyOf(b) < keyOf(a) : keyOf(a) < keyOf(b);
        });
        QCOMPARE(skus(whole), skus(expected));

        // Small pages (ties in price and stars across page ends) give the same rows in the same order.
        for (int limit : {1, 2, 3, 5})
            QCOMPARE(skus(allPages({}, order, limit)), skus(expected));
    }

    // A filter many products match is read by walking the sort order, one few match by gathering the
    // matches first (ProductList::page picks by their number, 4,000): both page the same way.
    void filtersPageTheSameWhetherManyOrFewMatch()
    {
        constexpr int kMany = 4100;
        QList<ProductSummary> expectedMany;
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            for (int i = 0; i < kMany; ++i) {
                Product p = productOf(kRows[i % std::size(kRows)]);
                p.name = QStringLiteral("%1 lô %2").arg(p.name).arg(i % 997);
                p.sku = QStringLiteral("LO-%1").arg(i);
                p.category = QStringLiteral("Hàng loạt/Nhóm %1").arg(i % 3);
                p.price = 1000 * (i % 50);
                QVERIFY(ProductStore::create(tx, p));
                ProductSummary s;
                s.id = p.id;
                s.sku = p.sku;
                s.name = p.name;
                s.price = p.price;
                s.ocopStars = p.ocop.stars;
                expectedMany.append(s);
            }
            QVERIFY(tx.commit());
        }
        const ProductOrder byPriceDown{ProductSortKey::Price, true};
        auto expected = [&](auto keep) {
            QList<ProductSummary> rows;
            std::copy_if(expectedMany.cbegin(), expectedMany.cend(), std::back_inserter(rows), keep);
            std::sort(rows.begin(), rows.end(), [](const ProductSummary& a, const ProductSummary& b) {
                return std::tuple(b.price, VietnameseText::sortKey(b.name), b.id) <
                       std::tuple(a.price, VietnameseText::sortKey(a.name), a.id);
            });
            return skus(rows);
        };
        ProductFilter many;
        many.category = QStringLiteral("Hàng loạt");
        QCOMPARE(ProductList::count(db(), many), kMany);
        QCOMPARE(skus(allPages(many, byPriceDown, 200)), expected([](const auto&) { return true; }));
        // In name order, a category's page merges its subcategories' own name orders.
        QList<ProductSummary> byName = expectedMany;
        std::sort(byName.begin(), byName.end(), [](const ProductSummary& a, const ProductSummary& b) {
            return std::pair(VietnameseText::sortKey(a.name), a.id) <
                   std::pair(VietnameseText::sortKey(b.name), b.id);
        });
        QCOMPARE(skus(allPages(many, {}, 200)), skus(byName));
        std::reverse(byName.begin(), byName.end());
        QCOMPARE(skus(allPages(many, {ProductSortKey::Name, true}, 150)), skus(byName));

        ProductFilter few = many;
        few.ocop = ProductFilter::Ocop::FiveStars;
        const QStringList fewExpected = expected([](const ProductSummary& p) { return p.ocopStars == 5; });
        QVERIFY(fewExpected.size() > 3 && fewExpected.size() < 4000);
        QCOMPARE(ProductList::count(db(), few), fewExpected.size());
        QCOMPARE(skus(allPages(few, byPriceDown, 200)), fewExpected);
        QCOMPARE(skus(allPages(few, byPriceDown, 7)), fewExpected);
    }

    void nameOrderIsVietnamese()
    {
        const QStringList names = [&] {
            QStringList list;
            for (const ProductSummary& p : allPages({}, {}, 100))
                list.append(p.name);
            return list;
        }();
        // d before đ: "Đậu xanh" after every D…; "Gạo nếp" and "Gạo ST25" together.
        QVERIFY(names.indexOf(QStringLiteral("Đậu xanh Hà Giang")) >
                names.indexOf(QStringLiteral("Chè Shan tuyết Suối Giàng")));
        QVERIFY(names.indexOf(QStringLiteral("Đậu xanh Hà Giang")) <
                names.indexOf(QStringLiteral("Gạo nếp cái hoa vàng")));
    }

    void categoryTreeListsParentsWithTheirCounts()
    {
        const QList<CategoryCount> tree = ProductList::categories(db());
        QStringList paths;
        QHash<QString, qint64> counts;
        for (const CategoryCount& c : tree) {
            paths.append(c.path);
            counts.insert(c.path, c.products);
        }
        QCOMPARE(paths, (QStringList{QStringLiteral("Đồ uống"), QStringLiteral("Đồ uống/Cà phê"),
                                     QStringLiteral("Đồ uống/Rượu"), QStringLiteral("Đồ uống/Trà"),
                                     QStringLiteral("Gia vị"), QStringLiteral("Nông sản"),
                                     QStringLiteral("Nông sản/Đậu"), QStringLiteral("Nông sản/Gạo"),
                                     QStringLiteral("Nông sản khô"), QStringLiteral("Thủ công"),
                                     QStringLiteral("Thủ công/Dệt")}));
        QCOMPARE(counts.value(QStringLiteral("Đồ uống")), 0); // only through its subcategories
        QCOMPARE(counts.value(QStringLiteral("Đồ uống/Trà")), 2);
        QCOMPARE(counts.value(QStringLiteral("Thủ công")), 1);
    }

    void searchHonoursTheFilter()
    {
        ProductFilter filter;
        filter.group = QStringLiteral("food");
        const QStringList found =
            skus(ProductRepository::search(db(), SearchQuery(QStringLiteral("soc trang")), 50, filter));
        QCOMPARE(found, QStringList{QStringLiteral("GAO-ST25")}); // the archived Bánh pía is left out
        QCOMPARE(ProductRepository::search(db(), SearchQuery(QStringLiteral("soc trang")), 50).size(), 2);
        // A scanned SKU outside the filter is not shown either.
        filter.group = QStringLiteral("beverage");
        QVERIFY(
            ProductRepository::search(db(), SearchQuery(QStringLiteral("GAO-ST25")), 50, filter).isEmpty());
    }

    void bulkPriceChangeIsAuditedPerProduct()
    {
        ProductFilter filter;
        filter.category = QStringLiteral("Đồ uống/Trà");
        const QStringList ids = ProductList::ids(db(), filter);
        QCOMPARE(ids.size(), 2);
        {
            // Chè has a sale price: it moves too.
            Product che = *ProductStore::find(db(), QStringLiteral("CHE-SG"));
            che.salePrice = 300000;
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(ProductStore::update(tx, che));
            QVERIFY(tx.commit());
        }
        BulkChange change;
        change.price = PriceChange::fromPercent(u"5");
        BulkOutcome outcome;
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        QVERIFY(ProductBulkEdit::apply(tx, ids, change, &outcome));
        QVERIFY(tx.commit());
        QCOMPARE(outcome.changed, 2);
        QVERIFY(outcome.skipped.isEmpty());
        const Product che = *ProductStore::find(db(), QStringLiteral("CHE-SG"));
        QCOMPARE(che.price, 368000); // 367.500 rounded to the thousand, halves up
        QCOMPARE(che.salePrice, std::optional<Dong>(315000));
        QCOMPARE(ProductStore::find(db(), QStringLiteral("TRA-SEN"))->price, 1260000);
        // Each product's own history names the fields that changed.
        const auto history = AuditTrail::forEntity(db(), QStringLiteral("product"), che.id, 10);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().detail, QStringLiteral("price_dong, sale_price_dong"));
    }

    void bulkCategoryAndStatus()
    {
        const QStringList ids{m_ids.value(QStringLiteral("NON-LA")), m_ids.value(QStringLiteral("KHAN-TC")),
                              m_ids.value(QStringLiteral("BANH-PIA"))};
        BulkChange change;
        change.category = QStringLiteral(" Thủ công mỹ nghệ / Nón ");
        change.archived = false;
        BulkOutcome outcome;
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(ProductBulkEdit::apply(tx, ids, change, &outcome));
            QVERIFY(tx.commit());
        }
        QCOMPARE(outcome.changed, 3);
        ProductFilter filter;
        filter.category = QStringLiteral("Thủ công mỹ nghệ");
        QCOMPARE(ProductList::count(db(), filter), 3); // Bánh pía is back from the archive
        QCOMPARE(ProductStore::find(db(), QStringLiteral("NON-LA"))->category,
                 QStringLiteral("Thủ công mỹ nghệ/Nón"));

        // The same change again changes nothing.
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(ProductBulkEdit::apply(tx, ids, change, &outcome));
            QVERIFY(tx.commit());
        }
        QCOMPARE(outcome.changed, 0);
        QCOMPARE(outcome.unchanged, 3);

        BulkChange archive;
        archive.archived = true;
        {
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(ProductBulkEdit::apply(tx, ids.mid(0, 2), archive, &outcome));
            QVERIFY(tx.commit());
        }
        QCOMPARE(outcome.changed, 2);
        QCOMPARE(ProductList::count(db(), filter), 1);
    }

    void bulkSkipsWhatItCannotChange()
    {
        {
            Product tra = *ProductStore::find(db(), QStringLiteral("TRA-SEN"));
            tra.price = std::numeric_limits<qint64>::max() / 20'000 * 10'000; // a price near the limit
            WriteTransaction tx(db(), m_temp->actor(), Clock::system());
            QVERIFY(ProductStore::update(tx, tra));
            QVERIFY(tx.commit());
        }
        BulkChange change;
        change.price = PriceChange::fromPercent(u"1000");
        BulkOutcome outcome;
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        QVERIFY(ProductBulkEdit::apply(tx,
                                       {m_ids.value(QStringLiteral("TRA-SEN")),
                                        m_ids.value(QStringLiteral("NON-LA")), QStringLiteral("no-such-id")},
                                       change, &outcome));
        QVERIFY(tx.commit());
        QCOMPARE(outcome.changed, 1);
        QCOMPARE(outcome.skipped.size(), 2);
        QCOMPARE(outcome.skipped.at(0).name, QStringLiteral("Trà sen Tây Hồ"));
        QVERIFY(!outcome.skipped.at(0).reason.isEmpty());
        QCOMPARE(ProductStore::find(db(), QStringLiteral("NON-LA"))->price, 880000);
    }
};

QTEST_GUILESS_MAIN(TestProductList)
#include "tst_productlist.moc"
