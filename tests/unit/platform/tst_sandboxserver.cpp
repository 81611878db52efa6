#include <core/Ids.h>
#include <platform/SandboxServer.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ChoPhien;

namespace {

struct Response {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSandboxServer final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QUrl m_base;

    Response send(const QByteArray& verb, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setTransferTimeout(10000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Response response;
        if (!finished.wait(10000)) {
            reply->abort();
            reply->deleteLater();
            return response;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.body = reply->readAll();
        response.error = reply->error();
        reply->deleteLater();
        return response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>();
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }

    void healthAnswersOk()
    {
        const Response r = send("GET", QStringLiteral("v1/health"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("ok"));
        const QString epoch = json.value(u"epoch").toString();
        QVERIFY(!epoch.isEmpty());
        QCOMPARE(epoch, m_server->epoch());
        QVERIFY(Ids::isValid(epoch));
        // Stable while the server's data is unchanged.
        QCOMPARE(send("GET", QStringLiteral("v1/health")).json().value(u"epoch").toString(), epoch);
    }

    void otherMethodsOnHealthAreNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }
    void otherMethodsOnHealthAreNotAllowed()
    {
        QFETCH(QByteArray, verb);
        const Response r = send(verb, QStringLiteral("v1/health"), QByteArrayLiteral("{}"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("method_not_allowed"));
        QVERIFY(!r.json().value(u"message").toString().isEmpty());
    }

    void unknownPathIsAJsonNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << QStringLiteral("v1/nothing-here");
        QTest::newRow("root") << QString();
        QTest::newRow("health prefix") << QStringLiteral("v1/healthz");
        QTest::newRow("deeper") << QStringLiteral("v1/health/extra");
        QTest::newRow("old version") << QStringLiteral("v0/health");
    }
    void unknownPathIsAJsonNotFound()
    {
        QFETCH(QString, path);
        const Response r = send("GET", path);
        QCOMPARE(r.status, 404);
        QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
        QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("not_found"));
    }

    void eachServerHasItsOwnEpoch()
    {
        SandboxServer other;
        QVERIFY(!other.epoch().isEmpty());
        QVERIFY(other.epoch() != m_server->epoch());
    }

    void aTakenPortIsRefused()
    {
        SandboxServer other;
        const quint16 taken = quint16(m_base.port());
        QCOMPARE(other.listen(QHostAddress::LocalHost, taken), quint16(0));
        // The first server still answers.
        QCOMPARE(send("GET", QStringLiteral("v1/health")).status, 200);
    }

    void manyRequestsInARow()
    {
        for (int i = 0; i < 50; ++i)
            QCOMPARE(send("GET", QStringLiteral("v1/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
