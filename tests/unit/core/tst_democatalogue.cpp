#include <core/DemoCatalogue.h>

#include <QSet>
#include <QTest>

using namespace ChoPhien;

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
        QTest::newRow("negative price")
            << minimal(R"({"name":"Chè","sku":"A","unit":"kg","price":-1,"stock":1})");
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
        const auto catalogue = DemoCatalogue::fromJson(
            minimal(R"({"name":"Gạo ST25","sku":"GAO","unit":"kg","price":38000,"stars":5,"stock":1500.5})"));
        QVERIFY(catalogue.has_value());
        QCOMPARE(catalogue->cooperative(), QStringLiteral("HTX"));
        QCOMPARE(catalogue->clerkNames(), QStringList{QStringLiteral("Hoa")});
        QCOMPARE(catalogue->seedCount(), 1);
        const DemoProduct p = catalogue->product(0);
        QCOMPARE(p.name, QStringLiteral("Gạo ST25"));
        QCOMPARE(p.sku, QStringLiteral("GAO"));
        QCOMPARE(p.unit, QStringLiteral("kg"));
        QCOMPARE(p.price, Dong(38000));
        QCOMPARE(p.ocopStars, 5);
        QCOMPARE(p.initialStock, MilliQuantity(1500500)); // exact thousandths, not 1500499
        // Past the seed list: a variant, a numbered SKU, a price in whole thousands.
        const DemoProduct next = catalogue->product(1);
        QCOMPARE(next.sku, QStringLiteral("GAO-1"));
        QCOMPARE(next.name, QStringLiteral("Gạo ST25 – loại 1"));
        QCOMPARE(next.price % 1000, 0);
        // Round 2 wraps to the empty variant and starts lot numbers.
        QCOMPARE(catalogue->product(2).name, QStringLiteral("Gạo ST25 (lô 1)"));
        QCOMPARE(catalogue->product(3).name, QStringLiteral("Gạo ST25 – loại 1 (lô 1)"));
    }

    void fromJsonNormalisesText()
    {
        const auto catalogue = DemoCatalogue::fromJson(
            R"({"cooperative":" HTX Xua\u0302n Phong ","clerks":["Nguye\u0302\u0303n Hoa"],"products":[)"
            R"({"name":"Che\u0300 Ta\u0302n Cu\u031Bo\u031Bng","sku":"CHE","unit":"tu\u0301i","price":1000,"stock":1}]})");
        QVERIFY(catalogue.has_value());
        QCOMPARE(catalogue->cooperative(), QStringLiteral("HTX Xuân Phong"));
        QCOMPARE(catalogue->clerkNames(), QStringList{QStringLiteral("Nguyễn Hoa")});
        QCOMPARE(catalogue->product(0).name, QStringLiteral("Chè Tân Cương"));
        QCOMPARE(catalogue->product(0).unit, QStringLiteral("túi"));
        // Without variants, rounds past the seeds still get distinct names and SKUs.
        QCOMPARE(catalogue->product(1).name, QStringLiteral("Chè Tân Cương (lô 1)"));
        QCOMPARE(catalogue->product(1).sku, QStringLiteral("CHE-1"));
    }

    void bundledCatalogueLoads()
    {
        QString error;
        const auto catalogue = DemoCatalogue::load(&error);
        QVERIFY2(catalogue.has_value(), qPrintable(error));
        QVERIFY(catalogue->seedCount() >= 20);
        QVERIFY(!catalogue->cooperative().isEmpty());
        QVERIFY(!catalogue->clerkNames().isEmpty());
    }

    void productIsDeterministic()
    {
        const auto a = DemoCatalogue::load();
        const auto b = DemoCatalogue::load();
        QVERIFY(a && b);
        for (qint64 i : {qint64(0), qint64(1), a->seedCount() - 1, a->seedCount(), qint64(12345),
                         qint64(99999), qint64(1'000'000)}) {
            const DemoProduct x = a->product(i);
            const DemoProduct y = b->product(i);
            QCOMPARE(x.name, y.name);
            QCOMPARE(x.sku, y.sku);
            QCOMPARE(x.unit, y.unit);
            QCOMPARE(x.price, y.price);
            QCOMPARE(x.ocopStars, y.ocopStars);
            QCOMPARE(x.initialStock, y.initialStock);
            QCOMPARE(a->product(i).name, x.name); // and stable on repeated calls
        }
    }

    void first100kProductsAreDistinctAndPlausible()
    {
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        const qint64 n = 100'000;
        QSet<QString> skus;
        QSet<QString> names;
        skus.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            const DemoProduct p = catalogue->product(i);
            if (skus.contains(p.sku))
                QFAIL(qPrintable(QStringLiteral("duplicate SKU %1 at %2").arg(p.sku).arg(i)));
            skus.insert(p.sku);
            names.insert(p.name);
            if (p.price < 1000)
                QFAIL(qPrintable(QStringLiteral("price %1 at %2").arg(p.price).arg(i)));
            if (i >= catalogue->seedCount() && p.price % 1000 != 0)
                QFAIL(qPrintable(QStringLiteral("price %1 at %2 not whole thousands").arg(p.price).arg(i)));
            if (p.name != p.name.normalized(QString::NormalizationForm_C) || p.name.trimmed() != p.name)
                QFAIL(qPrintable(QStringLiteral("name not NFC at %1").arg(i)));
            if (p.ocopStars != 0 && (p.ocopStars < 3 || p.ocopStars > 5))
                QFAIL(qPrintable(QStringLiteral("stars %1 at %2").arg(p.ocopStars).arg(i)));
            if (p.initialStock < 0 || p.unit.isEmpty())
                QFAIL(qPrintable(QStringLiteral("stock or unit at %1").arg(i)));
        }
        QCOMPARE(skus.size(), n);
        // A list that looks like a catalogue, not the same few names repeated.
        QVERIFY2(names.size() == n, qPrintable(QString::number(names.size())));
    }

    void pricesVaryAroundTheSeedPrice()
    {
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        const qint64 seeds = catalogue->seedCount();
        for (qint64 i = seeds; i < seeds * 50; ++i) {
            const Dong seed = catalogue->product(i % seeds).price;
            const Dong price = catalogue->product(i).price;
            // ±20 %, rounded down to whole thousands (never below 1.000 ₫).
            QVERIFY2(price <= seed + seed / 5 &&
                         price >= qMax<Dong>(1000, (seed - seed / 5) / 1000 * 1000 - 1000),
                     qPrintable(QStringLiteral("%1: %2 vs seed %3").arg(i).arg(price).arg(seed)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalogue)
#include "tst_democatalogue.moc"
