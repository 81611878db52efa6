// Variants and selling units on a real workspace (ADR 0006): a variant is a product row with its own
// SKU, barcode, price and stock that takes the shared fields from its parent; lists show the parent
// once, an exact SKU or barcode finds the variant, the parent keeps no stock, archiving cascades.
#include <core/Ids.h>
#include <core/ProductVariants.h>
#include <core/SearchQuery.h>
#include <storage/AuditTrail.h>
#include <storage/ProductList.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/StockOverview.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSqlQuery>
#include <QTest>

using namespace ChoPhien;

namespace {
Product honey()
{
    Product p;
    p.id = Ids::newId();
    p.name = QStringLiteral("Mật ong rừng U Minh");
    p.sku = QStringLiteral("MO-UM");
    p.unit = QStringLiteral("hũ");
    p.price = 150000;
    p.producer = QStringLiteral("Hộ Nguyễn Thị Đào");
    p.category = QStringLiteral("Thực phẩm/Mật ong");
    p.tags = {QStringLiteral("quà Tết")};
    p.option1Name = QStringLiteral("Dung tích");
    p.option2Name = QStringLiteral("Loại");
    return p;
}

Product variant(const Product& parent, const QString& o1, const QString& o2, const QString& sku, Dong price,
                const QString& barcode = {})
{
    Product v;
    v.id = Ids::newId();
    v.parentId = parent.id;
    v.option1 = o1;
    v.option2 = o2;
    v.sku = sku;
    v.barcode = barcode;
    v.price = price;
    return v;
}
} // namespace

class TestProductVariants final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    Product m_parent;
    Product m_small;
    Product m_large;

    QSqlDatabase db() { return m_temp->workspace().database(); }

    // Runs `step` in one transaction; the error it refused with, or an empty code when it committed.
    template <typename Step> QString write(Step step)
    {
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        if (step(tx) && tx.commit())
            return {};
        return tx.error().code().isEmpty() ? QStringLiteral("failed") : tx.error().code();
    }
    QString create(const Product& p)
    {
        return write([&](WriteTransaction& tx) { return ProductStore::create(tx, p); });
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
        m_parent = honey();
        m_small = variant(m_parent, QStringLiteral("300 ml"), QStringLiteral("loại 1"),
                          QStringLiteral("MO-UM-300"), 150000, QStringLiteral("8934563138165"));
        m_large = variant(m_parent, QStringLiteral("500 ml"), QStringLiteral("loại 1"),
                          QStringLiteral("MO-UM-500"), 230000);
        QCOMPARE(create(m_parent), QString());
        QCOMPARE(create(m_small), QString());
        QCOMPARE(create(m_large), QString());
    }
    void cleanup() { m_temp.reset(); }

    void variantTakesSharedFieldsAndKeepsItsOwn()
    {
        const auto read = ProductStore::get(db(), m_large.id);
        QVERIFY(read);
        QVERIFY(read->isVariant());
        QCOMPARE(read->parentId, m_parent.id);
        QCOMPARE(read->name, QStringLiteral("Mật ong rừng U Minh – 500 ml / loại 1"));
        QCOMPARE(read->producer, m_parent.producer);
        QCOMPARE(read->unit, QStringLiteral("hũ"));
        QCOMPARE(read->price, Dong(230000));
        QCOMPARE(read->sku, QStringLiteral("MO-UM-500"));
        const auto variants = ProductStore::variants(db(), m_parent.id);
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).id, m_small.id); // in the order they were added
        QVERIFY(ProductStore::hasVariants(db(), m_parent.id));
        QVERIFY(!ProductStore::hasVariants(db(), m_small.id));
        const auto parent = ProductStore::get(db(), m_parent.id);
        QCOMPARE(parent->option1Name, QStringLiteral("Dung tích"));
        QCOMPARE(parent->option2Name, QStringLiteral("Loại"));
    }

    void savingTheParentUpdatesItsVariants()
    {
        Product parent = *ProductStore::get(db(), m_parent.id);
        parent.name = QStringLiteral("Mật ong hoa tràm");
        parent.producer = QStringLiteral("HTX Tràm Chim");
        QStringList changed;
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::update(tx, parent, &changed); }),
                 QString());
        QCOMPARE(changed, (QStringList{QStringLiteral("name"), QStringLiteral("producer")}));
        const auto small = ProductStore::get(db(), m_small.id);
        QCOMPARE(small->name, QStringLiteral("Mật ong hoa tràm – 300 ml / loại 1"));
        QCOMPARE(small->producer, QStringLiteral("HTX Tràm Chim"));
        QCOMPARE(small->price, Dong(150000)); // its own price stays
        // Each variant's change is in the audit trail under its own id.
        bool audited = false;
        for (const auto& entry : AuditTrail::recent(db(), 5))
            audited = audited || (entry.entityId == m_small.id && entry.detail.contains(u"producer"));
        QVERIFY(audited);
        // And search finds the variant's parent under the new name only.
        const auto found = ProductRepository::search(db(), SearchQuery(QStringLiteral("hoa tram")), 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, m_parent.id);
        QVERIFY(ProductRepository::search(db(), SearchQuery(QStringLiteral("rung u minh")), 10).isEmpty());
    }

    void variantEditChangesItsNameAndCannotLeaveItsParent()
    {
        Product small = *ProductStore::get(db(), m_small.id);
        small.option1 = QStringLiteral("350 ml");
        small.parentId.clear();                        // ignored: a variant stays one
        small.name = QStringLiteral("Something else"); // ignored: the name is the parent's and options
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::update(tx, small); }), QString());
        const auto read = ProductStore::get(db(), m_small.id);
        QCOMPARE(read->parentId, m_parent.id);
        QCOMPARE(read->name, QStringLiteral("Mật ong rừng U Minh – 350 ml / loại 1"));
    }

    void skusAreUniqueAcrossVariantsAndProducts()
    {
        QVERIFY(ProductStore::skuTaken(db(), QStringLiteral("mo-um-300")));
        QVERIFY(create(variant(m_parent, QStringLiteral("1 lít"), QStringLiteral("loại 1"),
                               QStringLiteral("MO-UM-300"), 1))
                    .size() > 0);
        Product other;
        other.id = Ids::newId();
        other.name = QStringLiteral("Gạo");
        other.unit = QStringLiteral("kg");
        other.sku = QStringLiteral("MO-UM-500");
        QVERIFY(!create(other).isEmpty());
        // The same combination of options twice is refused by the schema too.
        QVERIFY(!create(variant(m_parent, QStringLiteral("300 ml"), QStringLiteral("loại 1"),
                                QStringLiteral("MO-UM-X"), 1))
                     .isEmpty());
    }

    void stockIsKeptPerVariantNeverOnTheParent()
    {
        QCOMPARE(write([&](WriteTransaction& tx) {
                     return StockLedger::receive(tx, m_small.id, 12000) &&
                            StockLedger::receive(tx, m_large.id, 5000);
                 }),
                 QString());
        const QString refused =
            write([&](WriteTransaction& tx) { return StockLedger::receive(tx, m_parent.id, 1000); });
        QCOMPARE(refused, QStringLiteral("has_variants"));
        WriteTransaction tx(db(), m_temp->actor(), Clock::system());
        QVERIFY(!StockLedger::count(tx, m_parent.id, 0));
        QVERIFY(tx.error().message().contains(u"MO-UM-300"));
        QCOMPARE(StockLedger::onHand(db(), m_parent.id), MilliQuantity(0));

        // The list shows the parent once, with its variants' stock.
        const ProductPage page = ProductList::page(db(), {}, {}, {}, 10);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().id, m_parent.id);
        QCOMPARE(page.rows.first().onHand, MilliQuantity(17000));
        QCOMPARE(page.rows.first().variants, 2);
        QCOMPARE(ProductRepository::count(db()), qint64(1));
        // The Stock page lists what holds stock: the variants, not their parent.
        QStringList stocked;
        for (const StockRow& row : StockOverview::page(db(), StockFilter::All, {}, {}, 10).rows)
            stocked.append(row.sku);
        QVERIFY(!stocked.contains(m_parent.sku));
        QCOMPARE(stocked.size(), 2);
    }

    void aProductWithStockCannotGainVariants()
    {
        Product rice;
        rice.id = Ids::newId();
        rice.name = QStringLiteral("Gạo ST25");
        rice.sku = QStringLiteral("GAO-ST25");
        rice.unit = QStringLiteral("kg");
        QCOMPARE(create(rice), QString());
        QCOMPARE(write([&](WriteTransaction& tx) { return StockLedger::receive(tx, rice.id, 50000); }),
                 QString());
        const Product v = variant(rice, QStringLiteral("túi 5 kg"), {}, QStringLiteral("GAO-ST25-5"), 1);
        QCOMPARE(create(v), QStringLiteral("parent_has_stock"));
        QVERIFY(!ProductStore::get(db(), v.id));
        // Counted down to zero, it may: its history stays on the parent.
        QCOMPARE(write([&](WriteTransaction& tx) { return StockLedger::count(tx, rice.id, 0); }), QString());
        QCOMPARE(create(v), QString());
        // A variant of a variant is refused.
        QCOMPARE(
            create(variant(*ProductStore::get(db(), v.id), QStringLiteral("x"), {}, QStringLiteral("X1"), 1)),
            QStringLiteral("nested_variant"));
    }

    void searchFindsAVariantByItsExactSkuOrBarcode()
    {
        const auto bySku = ProductRepository::search(db(), SearchQuery(QStringLiteral("mo-um-500")), 10);
        QVERIFY(!bySku.isEmpty());
        QCOMPARE(bySku.first().id, m_large.id); // the variant itself, named with its options
        QCOMPARE(bySku.first().name, QStringLiteral("Mật ong rừng U Minh – 500 ml / loại 1"));
        const auto byBarcode =
            ProductRepository::search(db(), SearchQuery(QStringLiteral("8934563138165")), 10);
        QCOMPARE(byBarcode.first().id, m_small.id);
        // A word of the name finds the product once, as its parent.
        const auto byName = ProductRepository::search(db(), SearchQuery(QStringLiteral("mat ong")), 10);
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().id, m_parent.id);
        const auto byPrefix = ProductRepository::search(db(), SearchQuery(QStringLiteral("ma")), 10);
        QCOMPARE(byPrefix.size(), 1);
        QCOMPARE(byPrefix.first().id, m_parent.id);
        // An option word finds the parent (through the variant's index entry).
        const auto byOption = ProductRepository::search(db(), SearchQuery(QStringLiteral("500 ml")), 10);
        QCOMPARE(byOption.size(), 1);
        QCOMPARE(byOption.first().id, m_parent.id);
        // The stock commands' lookup finds the variant by SKU.
        QCOMPARE(ProductRepository::find(db(), QStringLiteral("mo-um-300"))->id, m_small.id);
    }

    void archivingTheParentArchivesItsVariants()
    {
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::archive(tx, m_parent.id); }),
                 QString());
        QVERIFY(ProductStore::get(db(), m_small.id)->archived);
        QVERIFY(ProductStore::get(db(), m_large.id)->archived);
        QVERIFY(ProductStore::variants(db(), m_parent.id).isEmpty());
        QCOMPARE(ProductStore::variants(db(), m_parent.id, true).size(), 2);
        // No new variant for an archived product; restore brings one back.
        QCOMPARE(create(variant(m_parent, QStringLiteral("1 lít"), {}, QStringLiteral("MO-UM-1L"), 1)),
                 QStringLiteral("parent_archived"));
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::unarchive(tx, m_small.id); }),
                 QString());
        QVERIFY(!ProductStore::get(db(), m_small.id)->archived);
    }

    void conversionsRoundTripAndVariantsReadTheParents()
    {
        Product parent = *ProductStore::get(db(), m_parent.id);
        parent.conversions = {{QStringLiteral("thùng"), 24000}, {QStringLiteral("lốc"), 6000}};
        QStringList changed;
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::update(tx, parent, &changed); }),
                 QString());
        QCOMPARE(changed, QStringList{QStringLiteral("units")});
        QCOMPARE(ProductStore::get(db(), m_parent.id)->conversions, parent.conversions);
        QCOMPARE(ProductStore::get(db(), m_small.id)->conversions, parent.conversions);
        // Saving again changes nothing; removing one is recorded.
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::update(tx, parent, &changed); }),
                 QString());
        QVERIFY(changed.isEmpty());
        parent.conversions.removeFirst();
        QCOMPARE(write([&](WriteTransaction& tx) { return ProductStore::update(tx, parent, &changed); }),
                 QString());
        QCOMPARE(ProductStore::get(db(), m_large.id)->conversions.size(), 1);
    }

    void listQueriesUseTheTopLevelIndex()
    {
        // 100,000 products must page from an index, never by scanning and sorting every row.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM products p WHERE "
                                      "p.deleted_at IS NULL AND p.parent_id IS NULL")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"products_top_by_name"), qPrintable(plan));
        QVERIFY(
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM products p WHERE p.deleted_at IS NULL "
                                  "AND p.parent_id IS NULL ORDER BY p.name_sort, p.id LIMIT 50")));
        plan.clear();
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"products_top_by_name") && !plan.contains(u"TEMP B-TREE"), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestProductVariants)
#include "tst_productvariants.moc"
