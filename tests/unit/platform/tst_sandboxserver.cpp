// The sandbox server in this process, on a clock the test moves: what depends on time passing
// (token expiry, the 90 days of idempotency records and changes) without waiting for it.
#include <core/Clock.h>
#include <platform/SandboxServer.h>
#include <support/ApiClient.h>
#include <support/ApiFixtures.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChoPhien;
using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {
constexpr qint64 kDay = 24 * 60 * 60;
}

class TestSandboxServer final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<SandboxServer> m_server;
    QUrl m_base;

    SandboxConfig config(const QString& folder) const
    {
        SandboxConfig c;
        c.dataFolder = folder;
        c.users = {{F::kAmy, F::kAmyPassword}};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_server = std::make_unique<SandboxServer>(config(m_folder.path()), m_clock);
        QVERIFY2(m_server->open(), qPrintable(m_server->errorString()));
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }

    void healthNeedsNoTokenAndNamesTheEpoch()
    {
        ApiClient client(m_base, QStringLiteral("tst_sandboxserver"));
        const ApiReply r = client.get(QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(u"epoch").toString(), m_server->epoch());
        QCOMPARE(json.value(u"server_time").toString(), QStringLiteral("2026-03-01T08:00:00.000Z"));
        QCOMPARE(json.value(u"api_version").toString(), QStringLiteral("1.0.0"));
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
        ApiClient client(m_base, QStringLiteral("tst_sandboxserver"));
        const ApiReply r = client.send(verb, QStringLiteral("/v1/health"), QByteArrayLiteral("{}"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        QCOMPARE(r.code(), QStringLiteral("method_not_allowed"));
        QVERIFY(r.json().value(u"detail").toString().contains(QString::fromLatin1(verb)));
    }

    void unknownPathIsAProblemNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << QStringLiteral("/v1/nothing-here");
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("health prefix") << QStringLiteral("/v1/healthz");
        QTest::newRow("deeper") << QStringLiteral("/v1/health/extra");
        QTest::newRow("old version") << QStringLiteral("/v0/health");
        QTest::newRow("trailing slash") << QStringLiteral("/v1/products/");
    }
    void unknownPathIsAProblemNotFound()
    {
        QFETCH(QString, path);
        ApiClient client(m_base, QStringLiteral("tst_sandboxserver"));
        const ApiReply r = client.get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        QCOMPARE(r.json().value(u"type").toString(), QStringLiteral("urn:chophien:problem:not_found"));
        QVERIFY(!r.json().value(u"detail").toString().isEmpty());
        QVERIFY(!r.json().value(u"detail_en").toString().isEmpty());
    }

    void theEpochIsKeptAcrossRestartsAndDiffersBetweenFolders()
    {
        QTemporaryDir otherFolder;
        QString first;
        {
            SandboxServer other(config(otherFolder.path()), m_clock);
            QVERIFY2(other.open(), qPrintable(other.errorString()));
            first = other.epoch();
            QVERIFY(!first.isEmpty());
            QVERIFY(first != m_server->epoch());
        }
        SandboxServer again(config(otherFolder.path()), m_clock);
        QVERIFY2(again.open(), qPrintable(again.errorString()));
        QCOMPARE(again.epoch(), first);
    }

    void aFolderInUseIsRefused()
    {
        SandboxServer second(config(m_folder.path()), m_clock);
        QVERIFY(!second.open());
        QVERIFY2(second.errorString().contains(QStringLiteral("another sandbox")),
                 qPrintable(second.errorString()));
    }

    void aTakenPortIsRefused()
    {
        QTemporaryDir otherFolder;
        SandboxServer other(config(otherFolder.path()), m_clock);
        QVERIFY(other.open());
        QCOMPARE(other.listen(QHostAddress::LocalHost, quint16(m_base.port())), quint16(0));
        ApiClient client(m_base, QStringLiteral("tst_sandboxserver"));
        QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200);
    }

    void anAccessTokenExpiresAfterAnHourAndRefreshGivesANewOne()
    {
        ApiClient amy(m_base, QStringLiteral("tst_sandboxserver"));
        const ApiReply login = amy.login(F::kAmy, F::kAmyPassword);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(u"expires_in").toInt(), 3600);
        QCOMPARE(amy.get(QStringLiteral("/v1/seller")).status, 200);

        m_clock.advanceSecs(3599);
        QCOMPARE(amy.get(QStringLiteral("/v1/seller")).status, 200);
        m_clock.advanceSecs(1);
        const ApiReply expired = amy.get(QStringLiteral("/v1/seller"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), QStringLiteral("token_expired"));

        const ApiReply refreshed =
            amy.send("POST", QStringLiteral("/v1/auth/refresh"),
                     QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                                login.json().value(u"refresh_token").toString()}})
                         .toJson());
        QCOMPARE(refreshed.status, 200);
        amy.setToken(refreshed.json().value(u"access_token").toString());
        QCOMPARE(amy.get(QStringLiteral("/v1/seller")).status, 200);
    }

    void idempotencyRecordsAreForgottenAfterNinetyDays()
    {
        ApiClient amy(m_base, QStringLiteral("tst_sandboxserver"));
        QCOMPARE(amy.login(F::kAmy, F::kAmyPassword).status, 200);
        const QByteArray key = newKey();
        const QString first = F::newId();
        QCOMPARE(amy.write("PUT", F::productPath(first), F::product(QStringLiteral("K-1")), key).status, 201);

        // 89 days on, the key still answers with the stored response, and refuses another request.
        m_clock.advanceSecs(89 * kDay);
        m_server->purge();
        QCOMPARE(amy.login(F::kAmy, F::kAmyPassword).status, 200);
        const ApiReply replay =
            amy.write("PUT", F::productPath(first), F::product(QStringLiteral("K-1")), key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        const QString second = F::newId();
        QCOMPARE(amy.write("PUT", F::productPath(second), F::product(QStringLiteral("K-2")), key).status,
                 422);

        // After 90 days the record is gone: the key is free again.
        m_clock.advanceSecs(2 * kDay);
        m_server->purge();
        QCOMPARE(amy.login(F::kAmy, F::kAmyPassword).status, 200);
        const ApiReply fresh =
            amy.write("PUT", F::productPath(second), F::product(QStringLiteral("K-2")), key);
        QCOMPARE(fresh.status, 201);
        QVERIFY(fresh.header("Idempotent-Replayed").isEmpty());
    }

    void aCursorOlderThanTheKeptChangesIsExpired()
    {
        ApiClient amy(m_base, QStringLiteral("tst_sandboxserver"));
        QCOMPARE(amy.login(F::kAmy, F::kAmyPassword).status, 200);
        const ApiReply head = amy.get(QStringLiteral("/v1/changes?from=now"));
        QCOMPARE(head.status, 200);
        const QString old = head.json().value(u"next_cursor").toString();
        QVERIFY(!old.isEmpty());
        QCOMPARE(amy.write("PUT", F::productPath(F::newId()), F::product(QStringLiteral("OLD-1")), newKey())
                     .status,
                 201);
        QCOMPARE(amy.get(QStringLiteral("/v1/changes?cursor=") + old).status, 200);

        m_clock.advanceSecs(91 * kDay);
        QCOMPARE(amy.login(F::kAmy, F::kAmyPassword).status, 200);
        const QString productId = F::newId();
        QCOMPARE(
            amy.write("PUT", F::productPath(productId), F::product(QStringLiteral("NEW-1")), newKey()).status,
            201);
        m_server->purge();
        const ApiReply expired = amy.get(QStringLiteral("/v1/changes?cursor=") + old);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.code(), QStringLiteral("cursor_expired"));

        // Reading from the beginning starts after what was purged and still finds the new change.
        const ApiReply fromStart = amy.get(QStringLiteral("/v1/changes"));
        QCOMPARE(fromStart.status, 200);
        const QJsonArray changes = fromStart.json().value(u"changes").toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(u"data").toObject().value(u"id").toString(), productId);
        QCOMPARE(
            amy.get(QStringLiteral("/v1/changes?cursor=") + fromStart.json().value(u"next_cursor").toString())
                .status,
            200);
    }

    void manyRequestsOnOneConnection()
    {
        ApiClient client(m_base, QStringLiteral("tst_sandboxserver"));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
