// chophien-cli units search | map and product --origin, run as the real program.
#include <support/CliProcess.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;

namespace {
QStringList codesOf(const QJsonArray& units)
{
    QStringList out;
    for (const QJsonValue& u : units)
        out.append(u.toObject().value(u"code").toString());
    return out;
}
} // namespace

class TestCliUnits final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CliResult product(const QStringList& rest)
    {
        return runCli(QStringList{QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws")),
                                  QStringLiteral("product")} +
                      rest + QStringList{QStringLiteral("--json")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VERIFY_RUN(runCli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws")),
                           QStringLiteral("init")}),
                   0);
    }

    void searchNeedsNoWorkspace()
    {
        const CliResult r = runCli({QStringLiteral("units"), QStringLiteral("search"),
                                    QStringLiteral("ba dinh"), QStringLiteral("--json")});
        VERIFY_RUN(r, 0);
        const QJsonArray units = r.json().value(u"units").toArray();
        QVERIFY(units.size() >= 2);
        const QJsonObject first = units.first().toObject();
        QCOMPARE(first.value(u"code").toString(), QStringLiteral("00004"));
        QCOMPARE(first.value(u"full_name").toString(), QStringLiteral("Phường Ba Đình, Thành phố Hà Nội"));
        QCOMPARE(first.value(u"province_code").toString(), QStringLiteral("01"));

        const CliResult human =
            runCli({QStringLiteral("units"), QStringLiteral("search"), QStringLiteral("Tân Lập, Lâm Đồng")});
        VERIFY_RUN(human, 0);
        QCOMPARE(human.out.trimmed(), QStringLiteral("23134  Xã Tân Lập, Tỉnh Lâm Đồng").toUtf8());
    }

    void mapMergedSplitAndUnknown()
    {
        const CliResult merged =
            runCli({QStringLiteral("units"), QStringLiteral("map"),
                    QStringLiteral("phuong truc bach, ba dinh, ha noi"), QStringLiteral("--json")});
        VERIFY_RUN(merged, 0);
        QCOMPARE(merged.json().value(u"ambiguous").toBool(), false);
        QCOMPARE(codesOf(merged.json().value(u"candidates").toArray()), QStringList{QStringLiteral("00004")});

        // Split: still success, with every candidate and "ambiguous".
        const CliResult split = runCli({QStringLiteral("units"), QStringLiteral("map"),
                                        QStringLiteral("00019"), QStringLiteral("--json")});
        VERIFY_RUN(split, 0);
        QCOMPARE(split.json().value(u"ambiguous").toBool(), true);
        const QJsonObject match = split.json().value(u"matches").toArray().first().toObject();
        QCOMPARE(match.value(u"old_name").toString(),
                 QStringLiteral("Phường Điện Biên, Quận Ba Đình, Thành phố Hà Nội"));
        QVERIFY(match.value(u"split").toBool());
        QCOMPARE(codesOf(split.json().value(u"candidates").toArray()),
                 (QStringList{QStringLiteral("00004"), QStringLiteral("00070"), QStringLiteral("00190"),
                              QStringLiteral("00226")}));

        const CliResult unknown = runCli(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("units"), QStringLiteral("map"),
             QStringLiteral("xã Không Có, huyện Mỹ Đức, Hà Nội"), QStringLiteral("--json")});
        VERIFY_RUN(unknown, 1);
        QCOMPARE(unknown.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("unknown_address"));
        QVERIFY(unknown.err.contains("Huyện Mỹ Đức"));

        VERIFY_RUN(runCli({QStringLiteral("units"), QStringLiteral("locate"), QStringLiteral("x")}), 2);
    }

    void productOriginByNameCodeOrOldAddress()
    {
        CliResult added =
            product({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Chè Shan tuyết"),
                     QStringLiteral("--price"), QStringLiteral("120k"), QStringLiteral("--unit"),
                     QStringLiteral("hộp"), QStringLiteral("--sku"), QStringLiteral("CHE1"),
                     QStringLiteral("--origin"), QStringLiteral("tan lap, lam dong")});
        VERIFY_RUN(added, 0);
        QJsonObject p = added.json().value(u"product").toObject();
        QCOMPARE(p.value(u"origin_commune_code").toString(), QStringLiteral("23134"));
        QCOMPARE(p.value(u"origin_province_code").toString(), QStringLiteral("68"));
        QCOMPARE(p.value(u"origin_name").toString(), QStringLiteral("Xã Tân Lập, Tỉnh Lâm Đồng"));

        // An old address merged whole is accepted as its new commune.
        VERIFY_RUN(product({QStringLiteral("edit"), QStringLiteral("CHE1"), QStringLiteral("--origin"),
                            QStringLiteral("Phường Trúc Bạch, Quận Ba Đình, Hà Nội")}),
                   0);
        const CliResult shown =
            runCli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws")),
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("product"),
                    QStringLiteral("show"), QStringLiteral("CHE1")});
        VERIFY_RUN(shown, 0);
        QVERIFY2(shown.out.contains("Origin: Phường Ba Đình, Thành phố Hà Nội"), shown.out.constData());
        // A code works too, and "" clears it.
        VERIFY_RUN(product({QStringLiteral("edit"), QStringLiteral("CHE1"), QStringLiteral("--origin"),
                            QStringLiteral("16171")}),
                   0);
        const CliResult cleared =
            product({QStringLiteral("edit"), QStringLiteral("CHE1"), QStringLiteral("--origin"), QString()});
        VERIFY_RUN(cleared, 0);
        QCOMPARE(cleared.json().value(u"product").toObject().value(u"origin_commune_code").toString(),
                 QString());
    }

    void productOriginRefusesWhatIsNotOnePlace_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("candidates");
        QTest::newRow("same name") << QStringLiteral("xa tan lap") << QStringLiteral("ambiguous_origin") << 3;
        QTest::newRow("split old commune")
            << QStringLiteral("Phường Điện Biên, Ba Đình, Hà Nội") << QStringLiteral("ambiguous_origin") << 4;
        QTest::newRow("unknown") << QStringLiteral("qqqq") << QStringLiteral("unknown_origin") << 0;
        QTest::newRow("unused code") << QStringLiteral("99999") << QStringLiteral("unknown_origin") << 0;
    }
    void productOriginRefusesWhatIsNotOnePlace()
    {
        QFETCH(QString, origin);
        QFETCH(QString, code);
        QFETCH(int, candidates);
        const CliResult r =
            product({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bưởi"),
                     QStringLiteral("--price"), QStringLiteral("50k"), QStringLiteral("--unit"),
                     QStringLiteral("kg"), QStringLiteral("--origin"), origin});
        VERIFY_RUN(r, 1);
        const QJsonObject error = r.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), code);
        QCOMPARE(error.value(u"candidates").toArray().size(), candidates);
        if (candidates > 0) // the message lists them for a person too
            QVERIFY2(r.err.contains(error.value(u"candidates")
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"code")
                                        .toString()
                                        .toUtf8()),
                     r.err.constData());
        const CliResult list = product({QStringLiteral("list")});
        QCOMPARE(list.json().value(u"total").toInt(), 1); // nothing was added
    }
};

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cli_units.moc"
