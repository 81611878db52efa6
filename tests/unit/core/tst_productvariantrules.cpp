// The rules of variants and selling units (ADR 0006), without a database.
#include <core/ProductVariants.h>

#include <QTest>

using namespace ChoPhien;

namespace {
Product honeyParent()
{
    Product p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Mật ong rừng");
    p.sku = QStringLiteral("MO-R");
    p.unit = QStringLiteral("hũ");
    p.option1Name = QStringLiteral("Dung tích");
    return p;
}

Product variant(const QString& o1, const QString& o2, const QString& sku)
{
    Product v;
    v.parentId = QStringLiteral("p");
    v.option1 = o1;
    v.option2 = o2;
    v.sku = sku;
    v.price = 100000;
    return v;
}

QStringList fields(const QList<ProductProblem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out.append(p.field);
    return out;
}
} // namespace

class TestProductVariantRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayNameJoinsTheOptions()
    {
        QCOMPARE(ProductVariants::displayName(QStringLiteral("Mật ong"), QStringLiteral("500 ml"),
                                              QStringLiteral("loại 1")),
                 QStringLiteral("Mật ong – 500 ml / loại 1"));
        QCOMPARE(ProductVariants::displayName(QStringLiteral("Mật ong"), QStringLiteral("500 ml"), {}),
                 QStringLiteral("Mật ong – 500 ml"));
        QCOMPARE(ProductVariants::displayName(QStringLiteral("Mật ong"), {}, {}), QStringLiteral("Mật ong"));
    }

    void sharedFieldsComeFromTheParent()
    {
        Product p = honeyParent();
        p.producer = QStringLiteral("Hộ Đào");
        p.conversions = {{QStringLiteral("thùng"), 24000}};
        Product v = variant(QStringLiteral("300 ml"), {}, QStringLiteral("MO-R-300"));
        v.producer = QStringLiteral("someone else");
        v.netQuantity = 300000;
        v.option1Name = QStringLiteral("not a parent");
        const Product merged = ProductVariants::withParentFields(p, v);
        QCOMPARE(merged.producer, QStringLiteral("Hộ Đào"));
        QCOMPARE(merged.unit, QStringLiteral("hũ"));
        QCOMPARE(merged.netQuantity, MilliQuantity(300000)); // its own
        QCOMPARE(merged.sku, QStringLiteral("MO-R-300"));
        QCOMPARE(merged.name, QStringLiteral("Mật ong rừng – 300 ml"));
        QVERIFY(merged.option1Name.isEmpty());
        QCOMPARE(merged.conversions, p.conversions);
    }

    void check_data()
    {
        QTest::addColumn<QString>("option1Name");
        QTest::addColumn<QString>("option2Name");
        QTest::addColumn<QList<Product>>("variants");
        QTest::addColumn<QStringList>("fields");
        const QString dt = QStringLiteral("Dung tích");
        const QString loai = QStringLiteral("Loại");
        QTest::newRow("fine") << dt << QString()
                              << QList<Product>{variant(QStringLiteral("300 ml"), {}, QStringLiteral("A")),
                                                variant(QStringLiteral("500 ml"), {}, QStringLiteral("B"))}
                              << QStringList{};
        QTest::newRow("two axes fine")
            << dt << loai
            << QList<Product>{variant(QStringLiteral("300 ml"), QStringLiteral("1"), QStringLiteral("A")),
                              variant(QStringLiteral("300 ml"), QStringLiteral("2"), QStringLiteral("B"))}
            << QStringList{};
        QTest::newRow("no axis name")
            << QString() << QString()
            << QList<Product>{variant(QStringLiteral("300 ml"), {}, QStringLiteral("A"))}
            << QStringList{QStringLiteral("option_names")};
        QTest::newRow("second name without first")
            << QString() << loai << QList<Product>{} << QStringList{QStringLiteral("option_names")};
        QTest::newRow("same names") << dt << QStringLiteral("dung tich") << QList<Product>{}
                                    << QStringList{QStringLiteral("option_names")};
        QTest::newRow("missing option")
            << dt << QString() << QList<Product>{variant(QString(), {}, QStringLiteral("A"))}
            << QStringList{QStringLiteral("variants")};
        QTest::newRow("missing second option")
            << dt << loai << QList<Product>{variant(QStringLiteral("300 ml"), {}, QStringLiteral("A"))}
            << QStringList{QStringLiteral("variants")};
        QTest::newRow("second option, no axis")
            << dt << QString()
            << QList<Product>{variant(QStringLiteral("300 ml"), QStringLiteral("x"), QStringLiteral("A"))}
            << QStringList{QStringLiteral("variants")};
        QTest::newRow("same combination, other case and marks")
            << dt << QString()
            << QList<Product>{variant(QStringLiteral("Loại 1"), {}, QStringLiteral("A")),
                              variant(QStringLiteral("loai 1"), {}, QStringLiteral("B"))}
            << QStringList{QStringLiteral("variants")};
        QTest::newRow("same SKU twice")
            << dt << QString()
            << QList<Product>{variant(QStringLiteral("300 ml"), {}, QStringLiteral("A")),
                              variant(QStringLiteral("500 ml"), {}, QStringLiteral("a"))}
            << QStringList{QStringLiteral("variants")};
        QTest::newRow("the parent's SKU")
            << dt << QString()
            << QList<Product>{variant(QStringLiteral("300 ml"), {}, QStringLiteral("MO-R"))}
            << QStringList{QStringLiteral("variants")};
        Product badBarcode = variant(QStringLiteral("300 ml"), {}, QStringLiteral("A"));
        badBarcode.barcode = QStringLiteral("8934563138166");
        QTest::newRow("bad barcode") << dt << QString() << QList<Product>{badBarcode}
                                     << QStringList{QStringLiteral("variants")};
        QTest::newRow("no SKU") << dt << QString()
                                << QList<Product>{variant(QStringLiteral("300 ml"), {}, QString())}
                                << QStringList{QStringLiteral("variants")};
        Product archived = variant(QStringLiteral("300 ml"), {}, QStringLiteral("A"));
        archived.archived = true;
        QTest::newRow("archived twin is left out")
            << dt << QString()
            << QList<Product>{archived, variant(QStringLiteral("300 ml"), {}, QStringLiteral("A"))}
            << QStringList{};
    }
    void check()
    {
        QFETCH(QString, option1Name);
        QFETCH(QString, option2Name);
        QFETCH(QList<Product>, variants);
        QFETCH(QStringList, fields);
        Product p = honeyParent();
        p.option1Name = option1Name;
        p.option2Name = option2Name;
        const auto problems = ProductVariants::check(p, variants);
        QCOMPARE(::fields(problems), fields);
        for (const auto& problem : problems)
            QVERIFY(!problem.message.isEmpty());
    }

    void conversionsAreChecked_data()
    {
        QTest::addColumn<QList<UnitConversion>>("conversions");
        QTest::addColumn<int>("problems");
        QTest::newRow("fine") << QList<UnitConversion>{{QStringLiteral("thùng"), 24000}} << 0;
        QTest::newRow("empty name") << QList<UnitConversion>{{QStringLiteral(" "), 24000}} << 1;
        QTest::newRow("the base unit") << QList<UnitConversion>{{QStringLiteral("Hũ"), 2000}} << 1;
        QTest::newRow("twice") << QList<UnitConversion>{{QStringLiteral("thùng"), 24000},
                                                        {QStringLiteral("Thùng"), 12000}}
                               << 1;
        QTest::newRow("zero") << QList<UnitConversion>{{QStringLiteral("thùng"), 0}} << 1;
    }
    void conversionsAreChecked()
    {
        QFETCH(QList<UnitConversion>, conversions);
        QFETCH(int, problems);
        Product p = honeyParent();
        p.conversions = conversions;
        const auto found = ProductValidator::check(p);
        QCOMPARE(found.size(), problems);
        for (const auto& problem : found)
            QCOMPARE(problem.field, QStringLiteral("units"));
    }

    void skuSuggestionBuildsOnTheParents()
    {
        QCOMPARE(ProductVariants::suggestSku(QStringLiteral("MO-UM"), QStringLiteral("500 ml"), {}, {}),
                 QStringLiteral("MO-UM-500M"));
        QCOMPARE(ProductVariants::suggestSku(QStringLiteral("MO-UM"), QStringLiteral("500 ml"),
                                             QStringLiteral("loại 1"), {}),
                 QStringLiteral("MO-UM-500ML1"));
        const auto taken = [](const QString& sku) { return sku == u"MO-UM-500M"; };
        QCOMPARE(ProductVariants::suggestSku(QStringLiteral("MO-UM"), QStringLiteral("500 ml"), {}, taken),
                 QStringLiteral("MO-UM-500M-2"));
        QVERIFY(ProductVariants::suggestSku(QStringLiteral("MO-UM"), QString(), {}, {}).isEmpty());
        QVERIFY(ProductVariants::suggestSku(QString(), QStringLiteral("500 ml"), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductVariantRules)
#include "tst_productvariantrules.moc"
