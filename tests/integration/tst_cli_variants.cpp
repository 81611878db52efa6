// product variant … , product unit … and stock writes in selling units, through the real chophien-cli
// on a real workspace folder (ADR 0006).
#include <support/CliProcess.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;

namespace {
QString errorCode(const CliResult& r)
{
    return r.json().value(u"error").toObject().value(u"code").toString();
}
} // namespace

class TestCliVariants final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_folder;

    CliResult cli(const QStringList& rest, bool json = true)
    {
        QStringList args{QStringLiteral("--workspace"), m_folder, QStringLiteral("--lang"),
                         QStringLiteral("en")};
        args += rest;
        if (json)
            args.append(QStringLiteral("--json"));
        return runCli(args);
    }
    CliResult product(const QStringList& rest, bool json = true)
    {
        return cli(QStringList{QStringLiteral("product")} + rest, json);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_folder = m_dir.filePath(QStringLiteral("ws-%1").arg(++m_serial));
        VERIFY_RUN(cli({QStringLiteral("init")}), 0);
        VERIFY_RUN(product({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Mật ong rừng"),
                            QStringLiteral("--sku"), QStringLiteral("MO-R"), QStringLiteral("--unit"),
                            QStringLiteral("hũ"), QStringLiteral("--price"), QStringLiteral("150k"),
                            QStringLiteral("--option1-name"), QStringLiteral("Dung tích"),
                            QStringLiteral("--option2-name"), QStringLiteral("Loại")}),
                   0);
    }

    void variantsAddListEditArchive()
    {
        CliResult added =
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("mo-r"),
                     QStringLiteral("--option1"), QStringLiteral("500 ml"), QStringLiteral("--option2"),
                     QStringLiteral("loại 1"), QStringLiteral("--price"), QStringLiteral("230k"),
                     QStringLiteral("--barcode"), QStringLiteral("8934563138165")});
        VERIFY_RUN(added, 0);
        QJsonObject v = added.json().value(u"variant").toObject();
        QCOMPARE(v.value(u"sku").toString(), QStringLiteral("MO-R-500ML1")); // suggested
        QCOMPARE(v.value(u"name").toString(), QStringLiteral("Mật ong rừng – 500 ml / loại 1"));
        QCOMPARE(v.value(u"price_dong").toInteger(), 230000);
        VERIFY_RUN(
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                     QStringLiteral("--option1"), QStringLiteral("300 ml"), QStringLiteral("--option2"),
                     QStringLiteral("loại 1"), QStringLiteral("--sku"), QStringLiteral("MO-R-300")}),
            0);

        // Refused: the same combination, a taken SKU, a missing second option, a nested variant.
        CliResult twin =
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                     QStringLiteral("--option1"), QStringLiteral("500 ML"), QStringLiteral("--option2"),
                     QStringLiteral("Loai 1"), QStringLiteral("--sku"), QStringLiteral("X1")});
        VERIFY_RUN(twin, 1);
        QCOMPARE(errorCode(twin), QStringLiteral("invalid_variants"));
        CliResult taken =
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                     QStringLiteral("--option1"), QStringLiteral("1 lít"), QStringLiteral("--option2"),
                     QStringLiteral("loại 2"), QStringLiteral("--sku"), QStringLiteral("mo-r-300")});
        VERIFY_RUN(taken, 1);
        QCOMPARE(errorCode(taken), QStringLiteral("invalid_variants")); // a sibling's SKU, any case
        VERIFY_RUN(product({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Gạo ST25"),
                            QStringLiteral("--unit"), QStringLiteral("kg"), QStringLiteral("--price"),
                            QStringLiteral("30k"), QStringLiteral("--sku"), QStringLiteral("GAO-ST25")}),
                   0);
        CliResult another =
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                     QStringLiteral("--option1"), QStringLiteral("1 lít"), QStringLiteral("--option2"),
                     QStringLiteral("loại 2"), QStringLiteral("--sku"), QStringLiteral("gao-st25")});
        VERIFY_RUN(another, 1);
        QCOMPARE(errorCode(another), QStringLiteral("sku_taken"));
        CliResult half = product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                                  QStringLiteral("--option1"), QStringLiteral("1 lít")});
        VERIFY_RUN(half, 1);
        QCOMPARE(errorCode(half), QStringLiteral("invalid_variants"));
        CliResult nested =
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R-300"),
                     QStringLiteral("--option1"), QStringLiteral("x")});
        VERIFY_RUN(nested, 1);
        QCOMPARE(errorCode(nested), QStringLiteral("nested_variant"));

        CliResult edited =
            product({QStringLiteral("variant"), QStringLiteral("edit"), QStringLiteral("MO-R-300"),
                     QStringLiteral("--price"), QStringLiteral("99.000")});
        VERIFY_RUN(edited, 0);
        QCOMPARE(edited.json().value(u"variant").toObject().value(u"price_dong").toInteger(), 99000);

        CliResult listed =
            product({QStringLiteral("variant"), QStringLiteral("list"), QStringLiteral("MO-R")});
        VERIFY_RUN(listed, 0);
        const QJsonArray rows = listed.json().value(u"variants").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(u"option1").toString(), QStringLiteral("300 ml"));

        // product show tells both sides; product list shows the parent once.
        CliResult shown = product({QStringLiteral("show"), QStringLiteral("MO-R")});
        VERIFY_RUN(shown, 0);
        QCOMPARE(shown.json().value(u"product").toObject().value(u"variants").toArray().size(), 2);
        QCOMPARE(shown.json().value(u"product").toObject().value(u"option1_name").toString(),
                 QStringLiteral("Dung tích"));
        CliResult shownVariant = product({QStringLiteral("show"), QStringLiteral("MO-R-300")});
        VERIFY_RUN(shownVariant, 0);
        QVERIFY(!shownVariant.json().value(u"product").toObject().value(u"parent_id").toString().isEmpty());
        CliResult list = product({QStringLiteral("list")});
        VERIFY_RUN(list, 0);
        QCOMPARE(list.json().value(u"total").toInt(), 2); // the honey once, and the rice
        // A search for the variant's exact SKU reports the variant.
        CliResult found = cli({QStringLiteral("search"), QStringLiteral("MO-R-300")});
        VERIFY_RUN(found, 0);
        QVERIFY2(found.out.contains("MO-R-300"), found.out.constData());

        CliResult human = product({QStringLiteral("show"), QStringLiteral("MO-R")}, false);
        VERIFY_RUN(human, 0);
        QVERIFY2(human.out.contains("Variants (Dung tích / Loại):"), human.out.constData());

        VERIFY_RUN(
            product({QStringLiteral("variant"), QStringLiteral("archive"), QStringLiteral("MO-R-300")}), 0);
        listed = product({QStringLiteral("variant"), QStringLiteral("list"), QStringLiteral("MO-R")});
        QVERIFY(listed.json().value(u"variants").toArray().at(1).toObject().value(u"archived").toBool());
        // Clearing the axis names while variants use them is refused.
        CliResult cleared = product(
            {QStringLiteral("edit"), QStringLiteral("MO-R"), QStringLiteral("--option1-name"), QString()});
        VERIFY_RUN(cleared, 1);
        QCOMPARE(errorCode(cleared), QStringLiteral("invalid_option_names"));
    }

    void stockGoesToVariantsInSellingUnits()
    {
        VERIFY_RUN(
            product({QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R"),
                     QStringLiteral("--option1"), QStringLiteral("500 ml"), QStringLiteral("--option2"),
                     QStringLiteral("loại 1"), QStringLiteral("--sku"), QStringLiteral("MO-R-500")}),
            0);
        CliResult unit = product({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("MO-R"),
                                  QStringLiteral("--unit"), QStringLiteral("thùng"),
                                  QStringLiteral("--per-unit"), QStringLiteral("24")});
        VERIFY_RUN(unit, 0);
        QCOMPARE(unit.json()
                     .value(u"units")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"per_unit_in_base_milli")
                     .toInteger(),
                 24000);

        // The parent keeps no stock; its variant, named by SKU, does, in thùng or in hũ.
        CliResult onParent = cli({QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("MO-R"),
                                  QStringLiteral("5")});
        VERIFY_RUN(onParent, 1);
        QCOMPARE(errorCode(onParent), QStringLiteral("has_variants"));
        QVERIFY(onParent.err.contains("MO-R-500"));
        CliResult received =
            cli({QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("MO-R-500"),
                 QStringLiteral("2"), QStringLiteral("--unit"), QStringLiteral("thung")});
        VERIFY_RUN(received, 0);
        QCOMPARE(received.json().value(u"quantity_milli").toInteger(), 48000);
        QCOMPARE(received.json().value(u"entered").toObject().value(u"unit").toString(),
                 QStringLiteral("thùng"));
        CliResult sold = cli({QStringLiteral("stock"), QStringLiteral("sell"), QStringLiteral("MO-R-500"),
                              QStringLiteral("0,5"), QStringLiteral("--unit"), QStringLiteral("thùng")});
        VERIFY_RUN(sold, 0);
        QCOMPARE(sold.json().value(u"on_hand_milli").toInteger(), 36000);
        // 0,001 thùng is 0,024 hũ: exact. 0,0005 is not a quantity at all; an inexact unit is refused.
        VERIFY_RUN(product({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("MO-R"),
                            QStringLiteral("--unit"), QStringLiteral("gói"), QStringLiteral("--per-unit"),
                            QStringLiteral("0,5")}),
                   0);
        CliResult inexact = cli({QStringLiteral("stock"), QStringLiteral("sell"), QStringLiteral("MO-R-500"),
                                 QStringLiteral("0,001"), QStringLiteral("--unit"), QStringLiteral("gói")});
        VERIFY_RUN(inexact, 1);
        QCOMPARE(errorCode(inexact), QStringLiteral("inexact_quantity"));
        CliResult unknown = cli({QStringLiteral("stock"), QStringLiteral("sell"), QStringLiteral("MO-R-500"),
                                 QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("bao")});
        VERIFY_RUN(unknown, 1);
        QCOMPARE(errorCode(unknown), QStringLiteral("unknown_unit"));
        CliResult adjusted = cli({QStringLiteral("stock"), QStringLiteral("adjust"),
                                  QStringLiteral("MO-R-500"), QStringLiteral("-1"), QStringLiteral("--unit"),
                                  QStringLiteral("thùng"), QStringLiteral("--note"), QStringLiteral("vỡ")});
        VERIFY_RUN(adjusted, 0);
        QCOMPARE(adjusted.json().value(u"delta_milli").toInteger(), -24000);
        QCOMPARE(adjusted.json().value(u"on_hand_milli").toInteger(), 12000);

        // The parent's row in the list carries its variants' stock.
        CliResult list = product({QStringLiteral("list")});
        QCOMPARE(
            list.json().value(u"products").toArray().at(0).toObject().value(u"on_hand_milli").toInteger(),
            12000);

        // Units: listed, shared by the variant, removed; a variant has none of its own.
        CliResult units =
            product({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("MO-R-500")});
        VERIFY_RUN(units, 0);
        QCOMPARE(units.json().value(u"units").toArray().size(), 2);
        CliResult onVariant =
            product({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("MO-R-500"),
                     QStringLiteral("--unit"), QStringLiteral("lốc"), QStringLiteral("--per-unit"),
                     QStringLiteral("6")});
        VERIFY_RUN(onVariant, 1);
        QCOMPARE(errorCode(onVariant), QStringLiteral("variant_units"));
        VERIFY_RUN(product({QStringLiteral("unit"), QStringLiteral("remove"), QStringLiteral("MO-R"),
                            QStringLiteral("--unit"), QStringLiteral("gói")}),
                   0);
        CliResult gone = product({QStringLiteral("unit"), QStringLiteral("remove"), QStringLiteral("MO-R"),
                                  QStringLiteral("--unit"), QStringLiteral("gói")});
        VERIFY_RUN(gone, 1);
        QCOMPARE(errorCode(gone), QStringLiteral("unknown_unit"));
        CliResult base = product({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("MO-R"),
                                  QStringLiteral("--unit"), QStringLiteral("hũ"),
                                  QStringLiteral("--per-unit"), QStringLiteral("2")});
        VERIFY_RUN(base, 1);
        QCOMPARE(errorCode(base), QStringLiteral("invalid_units"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("variant add without option")
            << QStringList{QStringLiteral("variant"), QStringLiteral("add"), QStringLiteral("MO-R")};
        QTest::newRow("unknown variant subcommand")
            << QStringList{QStringLiteral("variant"), QStringLiteral("frob"), QStringLiteral("MO-R")};
        QTest::newRow("unit add without per-unit")
            << QStringList{QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("MO-R"),
                           QStringLiteral("--unit"), QStringLiteral("bao")};
        QTest::newRow("option on product add") << QStringList{
            QStringLiteral("edit"), QStringLiteral("MO-R"), QStringLiteral("--option1"), QStringLiteral("x")};
        QTest::newRow("name on variant add")
            << QStringList{QStringLiteral("variant"),   QStringLiteral("add"), QStringLiteral("MO-R"),
                           QStringLiteral("--option1"), QStringLiteral("x"),   QStringLiteral("--name"),
                           QStringLiteral("y")};
        QTest::newRow("variant without its word") << QStringList{QStringLiteral("variant")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliResult r = product(arguments);
        VERIFY_RUN(r, 2);
        QCOMPARE(errorCode(r), QStringLiteral("usage"));
    }
};

QTEST_GUILESS_MAIN(TestCliVariants)
#include "tst_cli_variants.moc"
