#include <support/SandboxProcess.h>
#include <support/TestPaths.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;

namespace {

struct Reply {
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
};

Reply get(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Reply result;
    result.finished = reply->isFinished() || done.wait(10000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

} // namespace

class TestSandboxProcess final : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void startsOnAFreeLoopbackPortAndAnswers()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QUrl base = sandbox.baseUrl();
        QCOMPARE(base.scheme(), QStringLiteral("http"));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);

        const Reply health = get(m_network, base.resolved(QUrl(QStringLiteral("/v1/health"))));
        QVERIFY(health.finished);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("ok"));
        QVERIFY(!health.json.value(u"epoch").toString().isEmpty());

        const Reply missing = get(m_network, base.resolved(QUrl(QStringLiteral("/v1/unknown"))));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"code").toString(), QStringLiteral("not_found"));
    }

    void twoSandboxesAreIndependent()
    {
        SandboxProcess a;
        SandboxProcess b;
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        QVERIFY(a.baseUrl().port() != b.baseUrl().port());
        const QString epochA = get(m_network, a.baseUrl().resolved(QUrl(QStringLiteral("/v1/health"))))
                                   .json.value(u"epoch")
                                   .toString();
        const QString epochB = get(m_network, b.baseUrl().resolved(QUrl(QStringLiteral("/v1/health"))))
                                   .json.value(u"epoch")
                                   .toString();
        QVERIFY(!epochA.isEmpty());
        QVERIFY(epochA != epochB);
    }

    void stopsWhenDestroyed()
    {
        QUrl url;
        {
            SandboxProcess sandbox;
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/health")));
            QCOMPARE(get(m_network, url).status, 200);
        }
        m_network.clearConnectionCache();
        const Reply after = get(m_network, url);
        QVERIFY(after.finished);
        QCOMPARE(after.status, 0);
        QCOMPARE(after.error, QNetworkReply::ConnectionRefusedError);
    }

    void badArgumentsAreAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("host not an address")
            << QStringList{QStringLiteral("--host"), QStringLiteral("chophien.vn")};
        QTest::newRow("bind not an address")
            << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost:80")};
        QTest::newRow("user without password")
            << QStringList{QStringLiteral("--user"), QStringLiteral("amy")};
        QTest::newRow("user with empty password")
            << QStringList{QStringLiteral("--user"), QStringLiteral("amy:")};
        QTest::newRow("user without name")
            << QStringList{QStringLiteral("--user"), QStringLiteral(":secret")};
        QTest::newRow("max-body not a number")
            << QStringList{QStringLiteral("--max-body"), QStringLiteral("16MB")};
        QTest::newRow("max-body too small")
            << QStringList{QStringLiteral("--max-body"), QStringLiteral("10")};
    }
    void badArgumentsAreAUsageError()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(binaryPath(QStringLiteral("chophien-sandbox")), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(binaryPath(QStringLiteral("chophien-sandbox")), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char* option : {"--data", "--bind", "--host", "--port", "--user", "--max-body", "--faults",
                                   "--seed-demo", "--accounts", "--orders-per-minute", "--seed",
                                   "--moderation-delay-ms", "--listing-rules", "--help", "--version"})
            QVERIFY2(help.contains(option), option);
    }

    void withoutDataItUsesATemporaryFolderItRemovesOnStop()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString folder = sandbox.dataFolder();
        QVERIFY(!folder.isEmpty());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/sandbox.db")));
        QVERIFY(sandbox.stop());
        QVERIFY(!QFileInfo::exists(folder));
    }

    void aDataFolderServesOneSandboxAtATime()
    {
        QTemporaryDir folder;
        SandboxProcess first;
        QVERIFY2(first.start({QStringLiteral("--data"), folder.path()}), qPrintable(first.errorString()));
        QCOMPARE(first.dataFolder(), folder.path());
        QProcess second;
        second.start(
            binaryPath(QStringLiteral("chophien-sandbox")),
            {QStringLiteral("--data"), folder.path(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("another sandbox"));
        QVERIFY(second.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
