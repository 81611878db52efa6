// The benchmark's load generator (tests/bench/tools/sandbox_load.cpp) against the real sandbox:
// every PUT it counts as done is a product the server holds, and sending the same requests again
// from four connections at once replays them without making a single extra product.
#include <support/SandboxSession.h>
#include <support/TestPaths.h>

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace ChoPhien::Test;

class TestSandboxLoad final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    // Runs sandbox-load as Amy; returns its one line of output, or a failure description.
    QByteArray load(int requests, int first)
    {
        QProcess tool;
        tool.start(binaryPath(QStringLiteral("sandbox-load")),
                   {QStringLiteral("--port"), QString::number(m_session.process().baseUrl().port()),
                    QStringLiteral("--token"), m_session.amy().token(), QStringLiteral("--body"),
                    sourcePath(QStringLiteral("tests/bench/sandbox-product.json")),
                    QStringLiteral("--requests"), QString::number(requests), QStringLiteral("--clients"),
                    QStringLiteral("4"), QStringLiteral("--first"), QString::number(first)});
        if (!tool.waitForFinished(60000))
            return "timed out";
        return tool.readAllStandardOutput().trimmed() + ' ' + tool.readAllStandardError().trimmed();
    }

    // Every SKU the seller's product list holds, read page by page.
    QStringList listedSkus()
    {
        QStringList skus;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const ApiReply r = m_session.amy().get(QStringLiteral("/v1/products?limit=200") +
                                                   (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
            if (r.status != 200)
                return {QString::fromUtf8(r.describe())};
            for (const QJsonValue item : r.json().value(u"items").toArray())
                skus.append(item[u"sku"].toString());
            if (!r.json().value(u"has_more").toBool())
                break;
            cursor = r.json().value(u"next_cursor").toString();
        }
        return skus;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_load")), qPrintable(m_session.errorString()));
    }

    void everyCountedPutIsHeldOnce()
    {
        const QByteArray first = load(300, 1000);
        QVERIFY2(first.startsWith("requests=300 ok=300 failed=0 "), first.constData());
        const QByteArray again = load(300, 1000);
        QVERIFY2(again.startsWith("requests=300 ok=300 failed=0 "), again.constData());

        const QStringList skus = listedSkus();
        QCOMPARE(skus.size(), 300);
        const QSet<QString> distinct(skus.cbegin(), skus.cend());
        QCOMPARE(distinct.size(), 300);
        for (int i = 1000; i < 1300; ++i)
            QVERIFY2(distinct.contains(QStringLiteral("LOAD-%1").arg(i)), qPrintable(QString::number(i)));
    }

    void refusesToRunWithoutItsInputs()
    {
        QProcess tool;
        tool.start(binaryPath(QStringLiteral("sandbox-load")),
                   {QStringLiteral("--requests"), QStringLiteral("5")});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 2);
        QVERIFY(tool.readAllStandardError().contains("needs --port"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLoad)
#include "tst_sandbox_load.moc"
