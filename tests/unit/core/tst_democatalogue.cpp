#include <core/AdminUnits.h>
#include <core/DemoCatalogue.h>
#include <core/Ean13.h>

#include <QHash>
#include <QSet>
#include <QTest>

using namespace ChoPhien;

namespace {

const QDate kToday(2026, 11, 23);
constexpr quint32 kSeed = DemoCatalogue::kDefaultSeed;

// Everything a demo product is made of, as one comparable text.
QString fingerprint(const DemoProduct& d)
{
    const Product& p = d.product;
    QStringList parts{p.name,
                      p.sku,
                      p.barcode,
                      p.category,
                      p.group,
                      p.unit,
                      QString::number(p.netQuantity),
                      p.netQuantityUnit,
                      QString::number(p.price),
                      p.salePrice ? QString::number(*p.salePrice) : QString(),
                      p.producer,
                      p.producerPhone,
                      p.originCommuneCode,
                      p.originProvinceCode,
                      QString::number(p.ocop.stars),
                      p.ocop.certificate,
                      p.ocop.decidedOn.toString(Qt::ISODate),
                      p.storage,
                      QString::number(p.shelfLifeDays),
                      p.description,
                      p.tags.join(u','),
                      QString::number(p.certifications.size())};
    for (const DemoLot& lot : d.lots)
        parts << lot.code << QString::number(lot.quantity) << lot.harvestedOn.toString(Qt::ISODate)
              << lot.producedOn.toString(Qt::ISODate) << lot.expiresOn.toString(Qt::ISODate) << lot.supplier;
    parts << QString::number(d.sold) << QString::number(d.threshold) << QString::number(d.held) << d.heldFor;
    return parts.join(u'|');
}

} // namespace

class TestDemoCatalogue final : public QObject {
    Q_OBJECT

private:
    static QByteArray minimal(const QByteArray& products)
    {
        return R"({"cooperative":"HTX","clerks":["Hoa"],"variants":["", "loại 1"],"products":[)" + products +
               "]}";
    }

private Q_SLOTS:
    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("invalid") << QByteArray("{\"products\": [");
        QTest::newRow("array root") << QByteArray("[]");
        QTest::newRow("no products key") << QByteArray(R"({"cooperative":"HTX"})");
        QTest::newRow("no products") << minimal("");
        QTest::newRow("missing name") << minimal(R"({"sku":"A","unit":"kg","price":1000,"stock":1})");
        QTest::newRow("blank name") << minimal(
            R"({"name":"   ","sku":"A","unit":"kg","price":1000,"stock":1})");
        QTest::newRow("missing sku") << minimal(R"({"name":"Chè","unit":"kg","price":1000,"stock":1})");
        QTest::newRow("missing unit") << minimal(R"({"name":"Chè","sku":"A","price":1000,"stock":1})");
        QTest::newRow("negative price")
            << minimal(R"({"name":"Chè","sku":"A","unit":"kg","price":-1,"stock":1})");
        QTest::newRow("two stars") << minimal(
            R"({"name":"Chè","sku":"A","unit":"kg","price":1000,"stars":2,"stock":1})");
        QTest::newRow("unknown group")
            << minimal(R"({"name":"Chè","sku":"A","unit":"kg","price":1000,"group":"drinks","stock":1})");
        QTest::newRow("unknown province")
            << minimal(R"({"name":"Chè","sku":"A","unit":"kg","price":1000,"province":"02","stock":1})");
        QTest::newRow("one bad among good") << minimal(
            R"({"name":"Chè","sku":"A","unit":"kg","price":1000,"stock":1},{"sku":"B","price":5})");
    }
    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!DemoCatalogue::fromJson(json, &error).has_value());
        QVERIFY(!error.isEmpty());
        // The error pointer is optional.
        QVERIFY(!DemoCatalogue::fromJson(json).has_value());
    }

    void fromJsonReadsAMinimalCatalogue()
    {
        const auto catalogue = DemoCatalogue::fromJson(minimal(
            R"({"name":"Gạo ST25","sku":"GAO","unit":"kg","price":38000,"stars":5,"stock":1500.5,)"
            R"("category":"Nông sản/Gạo","group":"food","province":"92","net":1,"net_unit":"kg","shelf_days":365})"));
        QVERIFY(catalogue.has_value());
        QCOMPARE(catalogue->cooperative(), QStringLiteral("HTX"));
        QCOMPARE(catalogue->clerkNames(), QStringList{QStringLiteral("Hoa")});
        QCOMPARE(catalogue->seedCount(), 1);
        const DemoProduct d = catalogue->product(0, kSeed, kToday);
        const Product& p = d.product;
        QCOMPARE(p.name, QStringLiteral("Gạo ST25"));
        QCOMPARE(p.sku, QStringLiteral("GAO"));
        QCOMPARE(p.unit, QStringLiteral("kg"));
        QCOMPARE(p.category, QStringLiteral("Nông sản/Gạo"));
        QCOMPARE(p.group, QStringLiteral("food"));
        QCOMPARE(p.netQuantity, MilliQuantity(1000));
        QCOMPARE(p.netQuantityUnit, QStringLiteral("kg"));
        QCOMPARE(p.price, Dong(38000));
        QCOMPARE(p.ocop.stars, 5);
        QVERIFY(!p.ocop.certificate.isEmpty() && p.ocop.decidedOn.isValid());
        QCOMPARE(p.originProvinceCode, QStringLiteral("92"));
        QCOMPARE(AdminUnits::instance().commune(p.originCommuneCode)->provinceCode, QStringLiteral("92"));
        QCOMPARE(p.producer, QStringLiteral("HTX"));    // no households listed: the cooperative itself
        QCOMPARE(d.received(), MilliQuantity(1500500)); // exact thousandths, not 1500499
        QVERIFY(ProductValidator::check(p).isEmpty());
        // Past the seed list: a variant, a numbered SKU, a price in whole thousands.
        const Product next = catalogue->product(1, kSeed, kToday).product;
        QCOMPARE(next.sku, QStringLiteral("GAO-1"));
        QCOMPARE(next.name, QStringLiteral("Gạo ST25 – loại 1"));
        QCOMPARE(next.price % 1000, 0);
        // Then every variant again from each producer household, then numbered designs.
        QCOMPARE(catalogue->product(2, kSeed, kToday).product.name, QStringLiteral("Gạo ST25 (HTX)"));
        QCOMPARE(catalogue->product(3, kSeed, kToday).product.name,
                 QStringLiteral("Gạo ST25 – loại 1 (HTX)"));
        QCOMPARE(catalogue->product(4, kSeed, kToday).product.name, QStringLiteral("Gạo ST25 (HTX, mẫu 2)"));
    }

    void fromJsonNormalisesText()
    {
        const auto catalogue = DemoCatalogue::fromJson(
            R"({"cooperative":" HTX Xua\u0302n Phong ","clerks":["Nguye\u0302\u0303n Hoa"],"products":[)"
            R"({"name":"Che\u0300 Ta\u0302n Cu\u031Bo\u031Bng","sku":"CHE","unit":"tu\u0301i","price":1000,"stock":1}]})");
        QVERIFY(catalogue.has_value());
        QCOMPARE(catalogue->cooperative(), QStringLiteral("HTX Xuân Phong"));
        QCOMPARE(catalogue->clerkNames(), QStringList{QStringLiteral("Nguyễn Hoa")});
        QCOMPARE(catalogue->product(0, kSeed, kToday).product.name, QStringLiteral("Chè Tân Cương"));
        QCOMPARE(catalogue->product(0, kSeed, kToday).product.unit, QStringLiteral("túi"));
        // Without variants, rounds past the seeds still get distinct names and SKUs.
        QCOMPARE(catalogue->product(1, kSeed, kToday).product.name,
                 QStringLiteral("Chè Tân Cương (HTX Xuân Phong)"));
        QCOMPARE(catalogue->product(1, kSeed, kToday).product.sku, QStringLiteral("CHE-1"));
    }

    void bundledCatalogueLoads()
    {
        QString error;
        const auto catalogue = DemoCatalogue::load(&error);
        QVERIFY2(catalogue.has_value(), qPrintable(error));
        QVERIFY(catalogue->seedCount() >= 60);
        QVERIFY(!catalogue->cooperative().isEmpty());
        QVERIFY(!catalogue->clerkNames().isEmpty());
    }

    void sameSeedSameProductsOtherSeedOtherMix()
    {
        const auto a = DemoCatalogue::load();
        const auto b = DemoCatalogue::load();
        QVERIFY(a && b);
        int differ = 0;
        for (qint64 i : {qint64(0), qint64(1), a->seedCount() - 1, a->seedCount(), qint64(12345),
                         qint64(99999), qint64(1'000'000)}) {
            const QString x = fingerprint(a->product(i, kSeed, kToday));
            QCOMPARE(fingerprint(b->product(i, kSeed, kToday)), x);
            QCOMPARE(fingerprint(a->product(i, kSeed, kToday)), x); // and stable on repeated calls
            differ += fingerprint(a->product(i, 7, kToday)) != x ? 1 : 0;
        }
        QCOMPARE(differ, 7);
        // Past the seed list another seed also puts other products at the same places.
        int otherBase = 0;
        for (qint64 i = 1000; i < 1100; ++i)
            otherBase += a->product(i, kSeed, kToday).product.sku.section(u'-', 0, -2) !=
                                 a->product(i, 7, kToday).product.sku.section(u'-', 0, -2)
                             ? 1
                             : 0;
        QVERIFY2(otherBase > 50, qPrintable(QString::number(otherBase)));
    }

    void first100kProductsAreDistinctCompleteAndValid()
    {
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        const qint64 n = 100'000;
        QSet<QString> skus;
        QSet<QString> names;
        QSet<QString> barcodes;
        QSet<QString> groups;
        QSet<QString> provinces;
        skus.reserve(n);
        names.reserve(n);
        qint64 rated = 0, onSale = 0, withBarcode = 0, expiring = 0, expired = 0, held = 0, low = 0, sold = 0;
        for (qint64 i = 0; i < n; ++i) {
            const DemoProduct d = catalogue->product(i, kSeed, kToday);
            const Product& p = d.product;
            QByteArray why;
            const auto fail = [&](const QString& what) {
                why = QStringLiteral("%1 at %2 (%3)").arg(what).arg(i).arg(p.sku).toUtf8();
                return why.constData();
            };
            if (const auto problems = ProductValidator::check(p); !problems.isEmpty())
                QFAIL(fail(problems.constFirst().message));
            if (skus.contains(p.sku) || names.contains(p.name))
                QFAIL(fail(QStringLiteral("duplicate SKU or name")));
            skus.insert(p.sku);
            names.insert(p.name);
            if (p.price < 1000 || p.name != p.name.normalized(QString::NormalizationForm_C) ||
                p.name.trimmed() != p.name || p.category.isEmpty() || p.group.isEmpty() ||
                p.description.isEmpty() || p.tags.isEmpty() || p.producerPhone.size() != 10)
                QFAIL(fail(QStringLiteral("incomplete")));
            const auto commune = AdminUnits::instance().commune(p.originCommuneCode);
            if (!commune || commune->provinceCode != p.originProvinceCode)
                QFAIL(fail(QStringLiteral("commune not in its province")));
            if (!p.barcode.isEmpty()) {
                if (!Ean13::hasVietnamPrefix(p.barcode) || barcodes.contains(p.barcode))
                    QFAIL(fail(QStringLiteral("barcode")));
                barcodes.insert(p.barcode);
                ++withBarcode;
            }
            if (d.lots.isEmpty() || d.lots.size() > 3 || d.sold < 0 || d.sold > d.sellable(kToday) + d.sold ||
                d.held > d.sellable(kToday))
                QFAIL(fail(QStringLiteral("lots")));
            for (const DemoLot& lot : d.lots) {
                if (lot.quantity <= 0 || lot.code.isEmpty() || lot.supplier.isEmpty())
                    QFAIL(fail(QStringLiteral("lot")));
                const QDate made = lot.harvestedOn.isValid() ? lot.harvestedOn : lot.producedOn;
                if (!made.isValid() || made > kToday || (lot.expiresOn.isValid() && lot.expiresOn < made))
                    QFAIL(fail(QStringLiteral("lot dates")));
                if (lot.expiresOn.isValid() && lot.expiresOn < kToday)
                    ++expired;
                else if (lot.expiresOn.isValid() && lot.expiresOn <= kToday.addDays(30))
                    ++expiring;
            }
            groups.insert(p.group);
            provinces.insert(p.originProvinceCode);
            rated += p.ocop.isRated() ? 1 : 0;
            onSale += p.salePrice ? 1 : 0;
            held += d.held > 0 ? 1 : 0;
            sold += d.sold > 0 ? 1 : 0;
            low += d.threshold > 0 && d.onHand() <= d.threshold ? 1 : 0;
        }
        QCOMPARE(skus.size(), n);
        // A catalogue that looks like a cooperative's: many groups and provinces, a mix of everything.
        QVERIFY(groups.size() >= 6);
        QVERIFY(provinces.size() >= 25);
        for (qint64 share : {rated, onSale, withBarcode, expiring, expired, held, low, sold})
            QVERIFY2(share > n / 100 && share < n, qPrintable(QString::number(share)));
    }

    void pricesVaryAroundTheSeedPrice()
    {
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        const qint64 seeds = catalogue->seedCount();
        QHash<QString, Dong> seedPrice;
        for (qint64 i = 0; i < seeds; ++i) {
            const Product p = catalogue->product(i, kSeed, kToday).product;
            seedPrice.insert(p.sku, p.price);
        }
        for (qint64 i = seeds; i < seeds * 50; ++i) {
            const Product p = catalogue->product(i, kSeed, kToday).product;
            const Dong seed = seedPrice.value(p.sku.section(u'-', 0, -2));
            QVERIFY2(seed > 0, qPrintable(p.sku));
            // ±20 %, rounded down to whole thousands (never below 1.000 ₫).
            QVERIFY2(p.price <= seed + seed / 5 &&
                         p.price >= qMax<Dong>(1000, (seed - seed / 5) / 1000 * 1000 - 1000) &&
                         p.price % 1000 == 0,
                     qPrintable(QStringLiteral("%1: %2 vs seed %3").arg(i).arg(p.price).arg(seed)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalogue)
#include "tst_democatalogue.moc"
