// Whole product records on a real workspace: every field round-trips, updates record exactly which
// fields changed (audit trail) and keep search in step, archiving keeps history.
#include <core/Ids.h>
#include <core/SearchQuery.h>
#include <storage/AuditTrail.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QTest>

using namespace ChoPhien;

namespace {
Product honey()
{
    Product p;
    p.id = Ids::newId();
    p.name = QStringLiteral("Mật ong rừng U Minh Hạ");
    p.sku = QStringLiteral("MO-UM");
    p.barcode = QStringLiteral("8934563138165");
    p.category = QStringLiteral("Thực phẩm/Mật ong");
    p.group = QStringLiteral("food");
    p.unit = QStringLiteral("chai");
    p.netQuantity = 500000; // 500 ml
    p.netQuantityUnit = QStringLiteral("ml");
    p.price = 250000;
    p.salePrice = 225000;
    p.producer = QStringLiteral("Hộ Nguyễn Thị Đào");
    p.producerPhone = QStringLiteral("0912 345 678");
    p.originCommuneCode = QStringLiteral("32125");
    p.originProvinceCode = QStringLiteral("96");
    p.ocop = {4, QStringLiteral("OCOP-CM-2025-017"), QDate(2025, 3, 14)};
    p.certifications = {{QStringLiteral("vietgap"), QStringLiteral("VG-123"), QStringLiteral("Sở NN&PTNT"),
                         QDate(2027, 1, 1)}};
    p.ingredients = QStringLiteral("100% mật ong rừng tràm");
    p.allergens = QStringLiteral("Không dùng cho trẻ dưới 1 tuổi");
    p.storage = QStringLiteral("Nơi khô ráo, tránh ánh nắng");
    p.usage = QStringLiteral("Pha với nước ấm");
    p.shelfLifeDays = 730;
    p.packageWeightGrams = 820;
    p.lengthMm = 80;
    p.widthMm = 80;
    p.heightMm = 180;
    p.description = QStringLiteral("Thu hoạch từ rừng tràm.");
    p.tags = {QStringLiteral("quà Tết"), QStringLiteral("OCOP")};
    return p;
}
} // namespace

class TestProductStore final : public QObject {
    Q_OBJECT

private:
    bool save(Test::TempWorkspace& temp, const Product& p, bool isNew, QStringList* changed = nullptr)
    {
        WriteTransaction tx(temp.workspace().database(), temp.actor(), Clock::system());
        const bool ok = isNew ? ProductStore::create(tx, p) : ProductStore::update(tx, p, changed);
        return ok && tx.commit();
    }

private Q_SLOTS:
    void everyFieldRoundTrips()
    {
        Test::TempWorkspace temp;
        const Product p = honey();
        QVERIFY(ProductValidator::check(p).isEmpty());
        QVERIFY(save(temp, p, true));
        const auto read = ProductStore::get(temp.workspace().database(), p.id);
        QVERIFY(read);
        QCOMPARE(read->name, p.name);
        QCOMPARE(read->barcode, p.barcode);
        QCOMPARE(read->category, p.category);
        QCOMPARE(read->group, p.group);
        QCOMPARE(read->netQuantity, p.netQuantity);
        QCOMPARE(read->salePrice, p.salePrice);
        QCOMPARE(read->producerPhone, p.producerPhone);
        QCOMPARE(read->originCommuneCode, p.originCommuneCode);
        QCOMPARE(read->ocop.stars, 4);
        QCOMPARE(read->ocop.expiresOn(), QDate(2028, 3, 14));
        QCOMPARE(read->certifications.size(), 1);
        QCOMPARE(read->certifications.first().issuer, QStringLiteral("Sở NN&PTNT"));
        QCOMPARE(read->certifications.first().expiresOn, QDate(2027, 1, 1));
        QCOMPARE(read->shelfLifeDays, 730);
        QCOMPARE(read->heightMm, 180);
        QCOMPARE(read->tags, p.tags);
        QVERIFY(!read->archived);
        QCOMPARE(ProductStore::find(temp.workspace().database(), QStringLiteral("mo-um"))->id, p.id);
        QCOMPARE(ProductStore::find(temp.workspace().database(), p.id)->sku, p.sku);
        QVERIFY(!ProductStore::find(temp.workspace().database(), QStringLiteral("nope")));
    }

    void updateRecordsWhatChangedAndKeepsSearchInStep()
    {
        Test::TempWorkspace temp;
        Product p = honey();
        QVERIFY(save(temp, p, true));
        p.name = QStringLiteral("Mật ong hoa tràm Cà Mau");
        p.price = 260000;
        QStringList changed;
        QVERIFY(save(temp, p, false, &changed));
        QCOMPARE(changed, (QStringList{QStringLiteral("name"), QStringLiteral("price_dong")}));
        const auto audit = AuditTrail::recent(temp.workspace().database(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("update"));
        QCOMPARE(audit.first().detail, QStringLiteral("name, price_dong"));
        QCOMPARE(audit.first().clerkId, temp.clerkId());

        const auto found = ProductRepository::search(temp.workspace().database(),
                                                     SearchQuery(QStringLiteral("hoa tram ca mau")), 5);
        QCOMPARE(found.size(), 1);
        QVERIFY(ProductRepository::search(temp.workspace().database(),
                                          SearchQuery(QStringLiteral("rung u minh")), 5)
                    .isEmpty());

        // Saving the same record again changes nothing and writes no audit line.
        QVERIFY(save(temp, p, false, &changed));
        QVERIFY(changed.isEmpty());
        QCOMPARE(AuditTrail::recent(temp.workspace().database(), 1).first().seq, audit.first().seq);

        p.certifications.clear();
        QVERIFY(save(temp, p, false, &changed));
        QCOMPARE(changed, QStringList{QStringLiteral("certifications")});
        QVERIFY(ProductStore::get(temp.workspace().database(), p.id)->certifications.isEmpty());
    }

    void archiveKeepsTheRecord()
    {
        Test::TempWorkspace temp;
        const Product p = honey();
        QVERIFY(save(temp, p, true));
        WriteTransaction tx(temp.workspace().database(), temp.actor(), Clock::system());
        QVERIFY(ProductStore::archive(tx, p.id));
        QVERIFY(tx.commit());
        QVERIFY(ProductStore::get(temp.workspace().database(), p.id)->archived);
        QCOMPARE(AuditTrail::recent(temp.workspace().database(), 1).first().action,
                 QStringLiteral("archive"));
    }

    void skuIsUniqueIgnoringCase()
    {
        Test::TempWorkspace temp;
        Product p = honey();
        QVERIFY(save(temp, p, true));
        QVERIFY(ProductStore::skuTaken(temp.workspace().database(), QStringLiteral("mo-um")));
        QVERIFY(!ProductStore::skuTaken(temp.workspace().database(), QStringLiteral("mo-um"), p.id));
        Product twin = honey();
        QVERIFY(!save(temp, twin, true)); // the unique index refuses the same SKU
    }

    void validatorSpeaksPerField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << QStringLiteral("name");
        QTest::newRow("barcode") << QStringLiteral("barcode");
        QTest::newRow("sale_price") << QStringLiteral("sale_price");
        QTest::newRow("ocop") << QStringLiteral("ocop");
        QTest::newRow("group") << QStringLiteral("group");
    }
    void validatorSpeaksPerField()
    {
        QFETCH(QString, field);
        Product p = honey();
        if (field == u"name")
            p.name = QStringLiteral("   ");
        else if (field == u"barcode")
            p.barcode = QStringLiteral("8934563138166"); // wrong check digit
        else if (field == u"sale_price")
            p.salePrice = p.price;
        else if (field == u"ocop")
            p.ocop.stars = 2;
        else if (field == u"group")
            p.group = QStringLiteral("spaceship");
        const auto problems = ProductValidator::check(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void ocopRenewalWarning()
    {
        const OcopRating r{4, QStringLiteral("X"), QDate(2023, 12, 1)};
        QCOMPARE(r.expiresOn(), QDate(2026, 12, 1));
        QVERIFY(r.needsRenewal(QDate(2026, 10, 3))); // 59 days before
        QVERIFY(!r.needsRenewal(QDate(2026, 9, 1))); // 91 days before
        QVERIFY(!OcopRating{}.needsRenewal(QDate(2026, 10, 3)));
    }
};

QTEST_GUILESS_MAIN(TestProductStore)
#include "tst_productstore.moc"
