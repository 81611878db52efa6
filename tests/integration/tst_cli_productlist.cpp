// chophien-cli product list | categories | bulk-edit as a script uses them: filters, sort orders,
// the category tree, and one change to many products, with stable JSON and clear refusals.
#include <support/CliProcess.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;

class TestCliProductList final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

    CliResult product(const QStringList& rest)
    {
        return runCli(ws(m_folder, QStringList{QStringLiteral("product")} + rest +
                                       QStringList{QStringLiteral("--json")}));
    }
    QStringList skusOf(const CliResult& result)
    {
        QStringList list;
        for (const QJsonValue& v : result.json().value(u"products").toArray())
            list.append(v.toObject().value(u"sku").toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_folder = m_dir.filePath(QStringLiteral("ws"));
        VERIFY_RUN(runCli(ws(m_folder, {QStringLiteral("init")})), 0);
        const QList<QStringList> products{
            {u"GAO-ST25"_qs, u"Gạo ST25"_qs, u"45k"_qs, u"Nông sản/Gạo"_qs, u"food"_qs},
            {u"CHE-SG"_qs, u"Chè Shan tuyết"_qs, u"350k"_qs, u"Đồ uống/Trà"_qs, u"beverage"_qs},
            {u"TRA-SEN"_qs, u"Trà sen Tây Hồ"_qs, u"1,2tr"_qs, u"Đồ uống/Trà"_qs, u"beverage"_qs},
            {u"NON-LA"_qs, u"Nón lá Huế"_qs, u"80k"_qs, u"Thủ công"_qs, u"handicraft"_qs},
        };
        for (const QStringList& p : products)
            VERIFY_RUN(product({u"add"_qs, u"--sku"_qs, p[0], u"--name"_qs, p[1], u"--price"_qs, p[2],
                                u"--unit"_qs, u"gói"_qs, u"--category"_qs, p[3], u"--group"_qs, p[4]}),
                       0);
    }

    void sortAndFilter()
    {
        CliResult listed = product({u"list"_qs, u"--sort"_qs, u"price-desc"_qs});
        VERIFY_RUN(listed, 0);
        QCOMPARE(skusOf(listed), (QStringList{u"TRA-SEN"_qs, u"CHE-SG"_qs, u"NON-LA"_qs, u"GAO-ST25"_qs}));
        QCOMPARE(listed.json().value(u"total").toInt(), 4);

        listed = product({u"list"_qs, u"--category"_qs, u"Đồ uống"_qs, u"--sort"_qs, u"sku"_qs});
        VERIFY_RUN(listed, 0);
        QCOMPARE(skusOf(listed), (QStringList{u"CHE-SG"_qs, u"TRA-SEN"_qs}));
        QCOMPARE(listed.json().value(u"products").toArray().at(0).toObject().value(u"category").toString(),
                 u"Đồ uống/Trà"_qs);

        listed = product({u"list"_qs, u"--group"_qs, u"handicraft"_qs, u"--limit"_qs, u"1"_qs});
        VERIFY_RUN(listed, 0);
        QCOMPARE(skusOf(listed), QStringList{u"NON-LA"_qs});
    }

    void categoryTree()
    {
        const CliResult tree = product({u"categories"_qs});
        VERIFY_RUN(tree, 0);
        QStringList paths;
        for (const QJsonValue& v : tree.json().value(u"categories").toArray())
            paths.append(v.toObject().value(u"path").toString());
        QCOMPARE(paths, (QStringList{u"Đồ uống"_qs, u"Đồ uống/Trà"_qs, u"Nông sản"_qs, u"Nông sản/Gạo"_qs,
                                     u"Thủ công"_qs}));
    }

    void bulkEditByFilterAndBySkus()
    {
        CliResult edited = product({u"bulk-edit"_qs, u"--category"_qs, u"Đồ uống/Trà"_qs,
                                    u"--price-percent"_qs, u"10"_qs, u"--round-to"_qs, u"1"_qs});
        VERIFY_RUN(edited, 0);
        QCOMPARE(edited.json().value(u"selected").toInt(), 2);
        QCOMPARE(edited.json().value(u"changed").toInt(), 2);
        CliResult shown = product({u"show"_qs, u"CHE-SG"_qs});
        QCOMPARE(shown.json().value(u"product").toObject().value(u"price_dong").toInteger(), 385000);

        edited = product(
            {u"bulk-edit"_qs, u"--skus"_qs, u"non-la,GAO-ST25"_qs, u"--set-status"_qs, u"archived"_qs});
        VERIFY_RUN(edited, 0);
        QCOMPARE(edited.json().value(u"changed").toInt(), 2);
        CliResult listed = product({u"list"_qs});
        QCOMPARE(skusOf(listed), (QStringList{u"CHE-SG"_qs, u"TRA-SEN"_qs}));
        listed = product({u"list"_qs, u"--status"_qs, u"archived"_qs});
        QCOMPARE(listed.json().value(u"total").toInt(), 2);

        edited = product({u"bulk-edit"_qs, u"--status"_qs, u"archived"_qs, u"--set-status"_qs, u"active"_qs});
        VERIFY_RUN(edited, 0);
        QCOMPARE(edited.json().value(u"changed").toInt(), 2);
    }

    void deleteOnlyWithoutHistory()
    {
        VERIFY_RUN(product({u"add"_qs, u"--sku"_qs, u"OOPS"_qs, u"--name"_qs, u"Gõ nhầm"_qs, u"--price"_qs,
                            u"1k"_qs, u"--unit"_qs, u"gói"_qs}),
                   0);
        VERIFY_RUN(product({u"delete"_qs, u"oops"_qs}), 0);
        CliResult shown = product({u"show"_qs, u"OOPS"_qs});
        VERIFY_RUN(shown, 1);

        VERIFY_RUN(runCli(ws(m_folder, {u"stock"_qs, u"receive"_qs, u"NON-LA"_qs, u"3"_qs, u"--json"_qs})),
                   0);
        const CliResult refused = product({u"delete"_qs, u"NON-LA"_qs});
        VERIFY_RUN(refused, 1);
        QCOMPARE(refused.json().value(u"error").toObject().value(u"code").toString(), u"has_history"_qs);
        VERIFY_RUN(product({u"archive"_qs, u"NON-LA"_qs}), 0);
        VERIFY_RUN(product({u"unarchive"_qs, u"NON-LA"_qs}), 0);
        QVERIFY(!product({u"show"_qs, u"NON-LA"_qs})
                     .json()
                     .value(u"product")
                     .toObject()
                     .value(u"archived")
                     .toBool());
    }

    void producerCommune()
    {
        VERIFY_RUN(
            product({u"edit"_qs, u"GAO-ST25"_qs, u"--producer-commune"_qs, u"xa huong son, ha noi"_qs}), 0);
        const QJsonObject p = product({u"show"_qs, u"GAO-ST25"_qs}).json().value(u"product").toObject();
        QCOMPARE(p.value(u"producer_commune_code").toString(), u"10489"_qs);
        QVERIFY(p.value(u"producer_commune_name").toString().startsWith(u"Xã Hương Sơn"_qs));
        // An unknown commune is refused and changes nothing.
        const CliResult refused =
            product({u"edit"_qs, u"GAO-ST25"_qs, u"--producer-commune"_qs, u"Xã Không Có"_qs});
        VERIFY_RUN(refused, 1);
        QCOMPARE(product({u"show"_qs, u"GAO-ST25"_qs})
                     .json()
                     .value(u"product")
                     .toObject()
                     .value(u"producer_commune_code")
                     .toString(),
                 u"10489"_qs);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad sort") << QStringList{u"list"_qs, u"--sort"_qs, u"colour"_qs} << 2 << u"usage"_qs;
        QTest::newRow("bad ocop") << QStringList{u"list"_qs, u"--ocop"_qs, u"7"_qs} << 2 << u"usage"_qs;
        QTest::newRow("bad group") << QStringList{u"list"_qs, u"--group"_qs, u"rocket"_qs} << 1
                                   << u"bad_group"_qs;
        QTest::newRow("field on list") << QStringList{u"list"_qs, u"--price"_qs, u"5"_qs} << 2 << u"usage"_qs;
        QTest::newRow("bulk without change") << QStringList{u"bulk-edit"_qs} << 2 << u"usage"_qs;
        QTest::newRow("bad percent") << QStringList{u"bulk-edit"_qs, u"--price-percent"_qs, u"-100"_qs} << 2
                                     << u"usage"_qs;
        QTest::newRow("unknown sku") << QStringList{u"bulk-edit"_qs, u"--skus"_qs, u"NOPE"_qs,
                                                    u"--set-status"_qs, u"archived"_qs}
                                     << 1 << u"unknown_product"_qs;
        QTest::newRow("list option on show")
            << QStringList{u"show"_qs, u"CHE-SG"_qs, u"--sort"_qs, u"price"_qs} << 2 << u"usage"_qs;
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const CliResult run = product(arguments);
        VERIFY_RUN(run, exitCode);
        QCOMPARE(run.json().value(u"error").toObject().value(u"code").toString(), code);
    }
};

QTEST_GUILESS_MAIN(TestCliProductList)
#include "tst_cli_productlist.moc"
