// chophien-cli stock hold | release | holds | threshold | alerts | list, and stock show's reserved and
// sellable, run as the real program against a real workspace folder.
#include <support/CliProcess.h>

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;

namespace {

QStringList stock(const QString& folder, const QStringList& rest)
{
    return QStringList{QStringLiteral("--workspace"), folder, QStringLiteral("stock")} + rest +
           QStringList{QStringLiteral("--json")};
}

QJsonObject ok(const CliResult& r)
{
    if (!r.finished || r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return r.exitCode == 0 ? r.json() : QJsonObject();
}

} // namespace

class TestCliStockHolds final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(runCli({QStringLiteral("--workspace"), m_folder, QStringLiteral("init")}).exitCode, 0);
        for (const auto& [sku, name] : {std::pair{"MO", "Mật ong rừng"}, std::pair{"CHE", "Chè Tân Cương"}}) {
            const CliResult r =
                runCli({QStringLiteral("--workspace"), m_folder, QStringLiteral("product"),
                        QStringLiteral("add"), QStringLiteral("--sku"), QString::fromUtf8(sku),
                        QStringLiteral("--name"), QString::fromUtf8(name), QStringLiteral("--price"),
                        QStringLiteral("250.000"), QStringLiteral("--unit"), QStringLiteral("chai")});
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const QString soon = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        QVERIFY(!ok(runCli(stock(m_folder, {QStringLiteral("receive"), QStringLiteral("MO"),
                                            QStringLiteral("10"), QStringLiteral("--lot"),
                                            QStringLiteral("LÔ-1"), QStringLiteral("--expires"), soon})))
                     .isEmpty());
        QVERIFY(!ok(runCli(stock(m_folder,
                                 {QStringLiteral("receive"), QStringLiteral("CHE"), QStringLiteral("3")})))
                     .isEmpty());
    }

    void holdSellRelease()
    {
        // The options form scripts like: --sku and --quantity.
        QJsonObject json =
            ok(runCli(stock(m_folder, {QStringLiteral("hold"), QStringLiteral("--sku"), QStringLiteral("mo"),
                                       QStringLiteral("--quantity"), QStringLiteral("2,5"),
                                       QStringLiteral("--reference"), QStringLiteral("chị Lan, đơn Zalo")})));
        QCOMPARE(json.value(u"action").toString(), QStringLiteral("hold"));
        const QJsonObject hold = json.value(u"hold").toObject();
        QCOMPARE(hold.value(u"reference").toString(), QStringLiteral("chị Lan, đơn Zalo"));
        QCOMPARE(hold.value(u"quantity_milli").toInteger(), 2500);
        QCOMPARE(hold.value(u"open").toBool(), true);
        QCOMPARE(json.value(u"reserved").toString(), QStringLiteral("2,5"));
        QCOMPARE(json.value(u"sellable_milli").toInteger(), 7500);
        const QString holdId = hold.value(u"id").toString();

        // show: on hand, reserved, sellable and the hold.
        json = ok(runCli(stock(m_folder, {QStringLiteral("show"), QStringLiteral("MO")})));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 10000);
        QCOMPARE(json.value(u"reserved_milli").toInteger(), 2500);
        QCOMPARE(json.value(u"sellable").toString(), QStringLiteral("7,5"));
        QCOMPARE(json.value(u"holds").toArray().size(), 1);

        // Selling into the held goods is refused, naming the hold; nothing is written.
        CliResult refused =
            runCli(stock(m_folder, {QStringLiteral("sell"), QStringLiteral("MO"), QStringLiteral("8")}));
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("held_stock"));
        QVERIFY2(refused.err.contains("chị Lan"), refused.err.constData());
        QCOMPARE(ok(runCli(stock(m_folder, {QStringLiteral("show"), QStringLiteral("MO")})))
                     .value(u"on_hand_milli")
                     .toInteger(),
                 10000);

        // holds lists it; a short id releases it as fulfilled, which records the sale.
        json = ok(runCli(
            stock(m_folder, {QStringLiteral("holds"), QStringLiteral("--sku"), QStringLiteral("MO")})));
        QCOMPARE(json.value(u"holds").toArray().size(), 1);
        QCOMPARE(json.value(u"holds")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"product")
                     .toObject()
                     .value(u"sku")
                     .toString(),
                 QStringLiteral("MO"));
        json = ok(runCli(stock(m_folder, {QStringLiteral("release"), holdId.left(8),
                                          QStringLiteral("--reason"), QStringLiteral("fulfilled")})));
        QCOMPARE(json.value(u"reason").toString(), QStringLiteral("fulfilled"));
        QCOMPARE(json.value(u"hold").toObject().value(u"open").toBool(), false);
        QCOMPARE(json.value(u"movements").toArray().size(), 1);
        QCOMPARE(json.value(u"movements").toArray().at(0).toObject().value(u"reason").toString(),
                 QStringLiteral("sold_offline"));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 7500);
        QCOMPARE(json.value(u"reserved_milli").toInteger(), 0);

        // Released twice: refused.
        refused = runCli(stock(m_folder, {QStringLiteral("release"), holdId}));
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("hold_released"));
        QVERIFY(ok(runCli(stock(m_folder, {QStringLiteral("holds")}))).value(u"holds").toArray().isEmpty());
    }

    void thresholdAlertsAndList()
    {
        QJsonObject json = ok(runCli(
            stock(m_folder, {QStringLiteral("threshold"), QStringLiteral("CHE"), QStringLiteral("5")})));
        QCOMPARE(json.value(u"threshold_milli").toInteger(), 5000);
        QCOMPARE(json.value(u"low").toBool(), true);

        json = ok(runCli(stock(m_folder, {QStringLiteral("alerts")})));
        QCOMPARE(json.value(u"days").toInt(), 30);
        QCOMPARE(json.value(u"low_stock_count").toInt(), 1);
        QCOMPARE(json.value(u"low_stock").toArray().at(0).toObject().value(u"sku").toString(),
                 QStringLiteral("CHE"));
        QCOMPARE(json.value(u"expiring_lot_count").toInt(), 1);
        QCOMPARE(json.value(u"expiring_lots").toArray().at(0).toObject().value(u"code").toString(),
                 QStringLiteral("LÔ-1"));
        // A window shorter than the lot's ten days: nothing expiring.
        json = ok(runCli(
            stock(m_folder, {QStringLiteral("alerts"), QStringLiteral("--days"), QStringLiteral("5")})));
        QCOMPARE(json.value(u"expiring_lot_count").toInt(), 0);

        json = ok(runCli(stock(m_folder, {QStringLiteral("list")})));
        const QJsonArray rows = json.value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"name").toString(), QStringLiteral("Chè Tân Cương"));
        QCOMPARE(json.value(u"more").toBool(), false);
        json = ok(runCli(stock(
            m_folder, {QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("expiring")})));
        QCOMPARE(json.value(u"rows").toArray().size(), 1);
        QCOMPARE(json.value(u"rows").toArray().at(0).toObject().value(u"sku").toString(),
                 QStringLiteral("MO"));

        QCOMPARE(ok(runCli(stock(m_folder,
                                 {QStringLiteral("threshold"), QStringLiteral("CHE"), QStringLiteral("0")})))
                     .value(u"low")
                     .toBool(),
                 false);
    }

    void usageAndRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("hold without reference")
            << QStringList{QStringLiteral("hold"), QStringLiteral("MO"), QStringLiteral("1")} << 2
            << QStringLiteral("usage");
        QTest::newRow("hold too much")
            << QStringList{QStringLiteral("hold"), QStringLiteral("MO"), QStringLiteral("999"),
                           QStringLiteral("--reference"), QStringLiteral("x")}
            << 1 << QStringLiteral("not_enough_sellable");
        QTest::newRow("hold bad quantity")
            << QStringList{QStringLiteral("hold"), QStringLiteral("MO"), QStringLiteral("2 kg"),
                           QStringLiteral("--reference"), QStringLiteral("x")}
            << 1 << QStringLiteral("bad_quantity");
        QTest::newRow("release unknown") << QStringList{QStringLiteral("release"), QStringLiteral("abcdef12")}
                                         << 1 << QStringLiteral("unknown_hold");
        QTest::newRow("release bad reason")
            << QStringList{QStringLiteral("release"), QStringLiteral("abcdef12"), QStringLiteral("--reason"),
                           QStringLiteral("lost")}
            << 2 << QStringLiteral("usage");
        QTest::newRow("threshold negative")
            << QStringList{QStringLiteral("threshold"), QStringLiteral("MO"), QStringLiteral("-1")} << 1
            << QStringLiteral("bad_quantity");
        QTest::newRow("list bad filter")
            << QStringList{QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("old")} << 2
            << QStringLiteral("usage");
        QTest::newRow("reference on sell")
            << QStringList{QStringLiteral("sell"), QStringLiteral("MO"), QStringLiteral("1"),
                           QStringLiteral("--reference"), QStringLiteral("x")}
            << 2 << QStringLiteral("usage");
    }
    void usageAndRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const CliResult r = runCli(stock(m_folder, arguments));
        QVERIFY2(r.finished && r.exitCode == exitCode, r.describe().constData());
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), code);
    }
};

QTEST_GUILESS_MAIN(TestCliStockHolds)
#include "tst_cli_stockholds.moc"
