// Logging in to the real chophien-sandbox over HTTP: passwords, bearer tokens, rotating refresh.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonDocument>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray refreshBody(const QString& token)
{
    return json({{QStringLiteral("refresh_token"), token}});
}

} // namespace

class TestSandboxAuth final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    ApiClient anonymous()
    {
        return ApiClient(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_auth"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_auth")), qPrintable(m_session.errorString()));
    }

    void theRightPasswordGivesATokenPair()
    {
        ApiClient client(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_auth"));
        const ApiReply r = client.login(F::kAmy, F::kAmyPassword);
        QCOMPARE(r.status, 200);
        const QJsonObject pair = r.json();
        QCOMPARE(pair.value(u"token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(pair.value(u"expires_in").toInt(), 3600);
        QVERIFY(pair.value(u"access_token").toString().size() >= 32);
        QVERIFY(pair.value(u"refresh_token").toString().size() >= 32);
        QVERIFY(pair.value(u"access_token") != pair.value(u"refresh_token"));
        // Each login is a new pair.
        ApiClient again(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_auth"));
        QVERIFY(again.login(F::kAmy, F::kAmyPassword).json().value(u"access_token") !=
                pair.value(u"access_token"));
    }

    void aWrongPasswordOrUnknownUserIsRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << F::kAmy << QStringLiteral("mật-khẩu-sai");
        QTest::newRow("other seller's password") << F::kAmy << F::kBenPassword;
        QTest::newRow("unknown user") << QStringLiteral("nobody") << F::kAmyPassword;
        QTest::newRow("case matters") << QStringLiteral("AMY") << F::kAmyPassword;
    }
    void aWrongPasswordOrUnknownUserIsRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        ApiClient client(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_auth"));
        const ApiReply r = client.login(username, password);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.code(), QStringLiteral("invalid_credentials"));
        QCOMPARE(r.json().value(u"detail").toString(),
                 QStringLiteral("Tên đăng nhập hoặc mật khẩu không đúng."));
        QVERIFY(client.token().isEmpty());
    }

    void loginBodiesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("username=amy") << QStringLiteral("invalid_json");
        QTest::newRow("missing password")
            << QByteArray(R"({"username":"amy"})") << QStringLiteral("invalid_field");
        QTest::newRow("password a number")
            << QByteArray(R"({"username":"amy","password":1234})") << QStringLiteral("invalid_field");
        QTest::newRow("extra field") << QByteArray(R"({"username":"amy","password":"x","remember":true})")
                                     << QStringLiteral("unknown_field");
    }
    void loginBodiesAreChecked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        ApiClient client = anonymous();
        const ApiReply r = client.send("POST", QStringLiteral("/v1/auth/token"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), code);
    }

    void loginNeedsJson()
    {
        ApiClient client = anonymous();
        const ApiReply r = client.send(
            "POST", QStringLiteral("/v1/auth/token"),
            json({{QStringLiteral("username"), F::kAmy}, {QStringLiteral("password"), F::kAmyPassword}}),
            {{"Content-Type", "text/plain"}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), QStringLiteral("unsupported_media_type"));
    }

    void everythingButHealthAndLoginNeedsAToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        const QString product = F::productPath(F::newId());
        QTest::newRow("no token") << QByteArray("GET") << QStringLiteral("/v1/seller") << QByteArray();
        QTest::newRow("unknown token")
            << QByteArray("GET") << QStringLiteral("/v1/seller")
            << QByteArray("Bearer cpat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("not bearer") << QByteArray("GET") << QStringLiteral("/v1/products")
                                    << QByteArray("Basic YW15OnNlY3JldA==");
        QTest::newRow("empty bearer")
            << QByteArray("GET") << QStringLiteral("/v1/changes") << QByteArray("Bearer ");
        QTest::newRow("write without token") << QByteArray("PUT") << product << QByteArray();
        QTest::newRow("delete without token") << QByteArray("DELETE") << product << QByteArray();
        // Every other route of the contract, without a token.
        const QString upload = QStringLiteral("/v1/uploads/") + F::newId();
        const QString order = QStringLiteral("/v1/orders/") + F::newId();
        const QList<QPair<QByteArray, QString>> routes = {
            {"PUT", QStringLiteral("/v1/seller")},
            {"GET", product},
            {"POST", product + QStringLiteral("/stock-adjustments")},
            {"POST", QStringLiteral("/v1/uploads")},
            {"HEAD", upload},
            {"PATCH", upload},
            {"POST", product + QStringLiteral("/photos")},
            {"DELETE", product + QStringLiteral("/photos/") + F::newId()},
            {"POST", product + QStringLiteral("/publish")},
            {"GET", QStringLiteral("/v1/orders")},
            {"GET", order},
            {"POST", order + QStringLiteral("/status")},
        };
        for (const auto& [method, path] : routes)
            QTest::newRow(qPrintable(QString::fromLatin1(method) + u' ' + path))
                << method << path << QByteArray();
    }
    void everythingButHealthAndLoginNeedsAToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        ApiClient client = anonymous();
        ApiClient::Headers headers{{"Idempotency-Key", newKey()}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const ApiReply r = client.send(
            method, path, method == "PUT" ? json(F::product(QStringLiteral("X"))) : QByteArray(), headers);
        QCOMPARE(r.status, 401);
        if (method == "HEAD")
            return; // no body to say why
        QCOMPARE(r.code(), QStringLiteral("unauthorized"));
        QVERIFY(!r.json().value(u"detail").toString().isEmpty());
    }

    void refreshRotatesTheTokens()
    {
        ApiClient client = anonymous();
        const ApiReply login = client.login(F::kBen, F::kBenPassword);
        const QString firstRefresh = login.json().value(u"refresh_token").toString();
        const QString firstAccess = login.json().value(u"access_token").toString();

        const ApiReply refreshed =
            client.send("POST", QStringLiteral("/v1/auth/refresh"), refreshBody(firstRefresh));
        QCOMPARE(refreshed.status, 200);
        const QString secondRefresh = refreshed.json().value(u"refresh_token").toString();
        const QString secondAccess = refreshed.json().value(u"access_token").toString();
        QVERIFY(secondRefresh != firstRefresh);
        QVERIFY(secondAccess != firstAccess);
        client.setToken(secondAccess);
        QCOMPARE(client.get(QStringLiteral("/v1/seller")).json().value(u"username").toString(), F::kBen);

        // The used refresh token is refused; the new one works, once.
        const ApiReply reused =
            client.send("POST", QStringLiteral("/v1/auth/refresh"), refreshBody(firstRefresh));
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.code(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(client.send("POST", QStringLiteral("/v1/auth/refresh"), refreshBody(secondRefresh)).status,
                 200);
        QCOMPARE(client.send("POST", QStringLiteral("/v1/auth/refresh"), refreshBody(secondRefresh)).status,
                 401);
    }

    void anAccessTokenIsNotARefreshToken()
    {
        ApiClient client = anonymous();
        const ApiReply login = client.login(F::kAmy, F::kAmyPassword);
        const ApiReply r = client.send("POST", QStringLiteral("/v1/auth/refresh"),
                                       refreshBody(login.json().value(u"access_token").toString()));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_refresh_token"));
        ApiClient other = anonymous();
        other.setToken(login.json().value(u"refresh_token").toString());
        QCOMPARE(other.get(QStringLiteral("/v1/seller")).status, 401);
    }

    void tokensSurviveARestart()
    {
        ApiClient client = anonymous();
        const ApiReply login = client.login(F::kAmy, F::kAmyPassword);
        QVERIFY2(m_session.restart(false), qPrintable(m_session.errorString()));
        ApiClient after(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_auth"));
        after.setToken(login.json().value(u"access_token").toString());
        QCOMPARE(after.get(QStringLiteral("/v1/seller")).status, 200);
        QCOMPARE(after
                     .send("POST", QStringLiteral("/v1/auth/refresh"),
                           refreshBody(login.json().value(u"refresh_token").toString()))
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
