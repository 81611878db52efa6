// Fault injection and the admin calls of the real chophien-sandbox, seen from real clients over
// HTTP (ADR 0018): each fault kind, the same spec giving the same faults, /admin only from
// loopback, epoch resets keeping or wiping data, and a platform edit that makes a client's
// If-Match stale.
#include <support/ApiFixtures.h>
#include <support/RawHttp.h>
#include <support/SandboxSession.h>
#include <support/TestPaths.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

// Everything a raw client receives for one request until the server closes the connection.
struct RawExchange {
    QByteArray received;
    bool closed = false;
};

RawExchange rawExchange(const QUrl& base, const QByteArray& method, const QString& path, const QString& token,
                        const QByteArray& body = {}, const QByteArray& key = {})
{
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8() +
                         "\r\nAuthorization: Bearer " + token.toLatin1() + "\r\n";
    if (!key.isEmpty())
        request += "Idempotency-Key: " + key + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttp raw(base, QStringLiteral("tst_sandbox_faults"));
    RawExchange exchange;
    if (!raw.connect())
        return exchange;
    raw.send(request);
    exchange.received = raw.readUntilClosed();
    exchange.closed = raw.socket().state() == QAbstractSocket::UnconnectedState;
    return exchange;
}

} // namespace

class TestSandboxFaults final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;
    std::unique_ptr<ApiClient> m_admin; // no token: /admin needs none

    ApiReply setFaults(const QString& spec)
    {
        return m_admin->send("PUT", QStringLiteral("/admin/faults"),
                             F::compact({{QStringLiteral("spec"), spec}}));
    }
    QJsonObject stats() { return m_admin->get(QStringLiteral("/admin/stats")).json(); }
    qint64 injected(const char* kind)
    {
        return stats().value(u"faults_injected").toObject().value(QLatin1StringView(kind)).toInteger();
    }
    // A product of Amy's, created now; its id.
    QString newProduct(const QString& sku)
    {
        const QString id = F::newId();
        const ApiReply created = m_session.amy().write("PUT", F::productPath(id), F::product(sku), newKey());
        return created.status == 201 ? id : QString();
    }
    QString headCursor(ApiClient& client)
    {
        return client.get(QStringLiteral("/v1/changes?from=now")).json().value(u"next_cursor").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_faults")), qPrintable(m_session.errorString()));
        m_admin =
            std::make_unique<ApiClient>(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_faults"));
    }

    void cleanup()
    {
        // Every test leaves fault injection off for the next.
        QCOMPARE(setFaults(QString()).status, 200);
    }

    void faultsGivenAtStartAreInForce()
    {
        SandboxSession session;
        QVERIFY2(session.start(QStringLiteral("tst_sandbox_faults"),
                               {QStringLiteral("--faults"), QStringLiteral("seed=9,latency=1:1000")}),
                 qPrintable(session.errorString()));
        ApiClient admin(session.process().baseUrl(), QStringLiteral("tst_sandbox_faults"));
        const ApiReply faults = admin.get(QStringLiteral("/admin/faults"));
        QCOMPARE(faults.status, 200);
        QCOMPARE(faults.json().value(u"spec").toString(), QStringLiteral("latency=1:1000,seed=9"));
        QCOMPARE(faults.json().value(u"seed").toInteger(), 9);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(session.amy().get(QStringLiteral("/v1/seller")).status, 200);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        // The admin call itself is never delayed.
        timer.restart();
        QCOMPARE(admin.get(QStringLiteral("/admin/stats")).status, 200);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void aBadFaultsOptionIsAUsageError()
    {
        QProcess sandbox;
        sandbox.start(binaryPath(QStringLiteral("chophien-sandbox")),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--faults"),
                       QStringLiteral("latency=2")});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 2);
        const QString error = QString::fromUtf8(sandbox.readAllStandardError());
        QVERIFY2(error.contains(u"--faults") && error.contains(u"Xác suất") && error.contains(u"probability"),
                 qPrintable(error));
        QVERIFY(sandbox.readAllStandardOutput().isEmpty());
    }

    void putFaultsAnswersTheCanonicalSpecAndRefusesBadOnes()
    {
        const ApiReply set = setFaults(QStringLiteral("truncate=0.50,latency=0.25,seed=3"));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"spec").toString(),
                 QStringLiteral("latency=0.25:100,truncate=0.5,seed=3"));
        QCOMPARE(set.json().value(u"faults").toArray().size(), 2);

        const ApiReply unknownKind = setFaults(QStringLiteral("lag=0.1"));
        QCOMPARE(unknownKind.status, 400);
        QCOMPARE(unknownKind.code(), QStringLiteral("invalid_field"));
        const QJsonObject error = unknownKind.json().value(u"errors").toArray().at(0).toObject();
        QCOMPARE(error.value(u"field").toString(), QStringLiteral("spec"));
        QVERIFY(error.value(u"message_en").toString().contains(u"lag"));
        QCOMPARE(setFaults(QStringLiteral("error5xx=2")).status, 400);
        QCOMPARE(setFaults(QStringLiteral("truncate=0.1:4")).status, 400);
        const ApiReply wrongType = m_admin->send("PUT", QStringLiteral("/admin/faults"), R"({"spec":1})");
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.code(), QStringLiteral("invalid_field"));
        QCOMPARE(m_admin->send("PUT", QStringLiteral("/admin/faults"), R"({"spec":"","x":1})").code(),
                 QStringLiteral("unknown_field"));
        QCOMPARE(m_admin->send("PUT", QStringLiteral("/admin/faults"), R"({"spec":)").code(),
                 QStringLiteral("invalid_json"));
        QCOMPARE(
            m_admin->send("PUT", QStringLiteral("/admin/faults"), "spec=x", {{"Content-Type", "text/plain"}})
                .status,
            415);
        // The refused specs changed nothing.
        QCOMPARE(m_admin->get(QStringLiteral("/admin/faults")).json().value(u"spec").toString(),
                 QStringLiteral("latency=0.25:100,truncate=0.5,seed=3"));
    }

    void latencyDelaysTheAnswerWithoutHoldingUpOthers()
    {
        QCOMPARE(setFaults(QStringLiteral("latency=1:1500")).status, 200);
        const qint64 before = injected("latency");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* slow = m_session.amy().start("GET", QStringLiteral("/v1/seller"));
        // Meanwhile another connection is served at once: the delay is a timer, not a sleep.
        QTest::qWait(200);
        QElapsedTimer other;
        other.start();
        const ApiReply stats = m_admin->get(QStringLiteral("/admin/stats"));
        QCOMPARE(stats.status, 200);
        QVERIFY2(!slow->isFinished(), qPrintable(QString::number(other.elapsed())));
        const ApiReply answer = m_session.amy().finish(slow);
        QCOMPARE(answer.status, 200);
        QVERIFY2(timer.elapsed() >= 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(injected("latency"), before + 1);

        // Two requests sent at once on one connection: the admin call is answered at once but
        // waits behind the delayed answer, so answers keep their requests' order.
        QTcpSocket socket;
        socket.connectToHost(m_session.process().baseUrl().host(),
                             quint16(m_session.process().baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\nGET /admin/faults HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray both;
        QDeadlineTimer deadline(10000);
        while (both.count("HTTP/1.1 200 ") < 2 || !both.endsWith("}")) {
            QVERIFY(!deadline.hasExpired());
            socket.waitForReadyRead(100);
            both += socket.readAll();
        }
        QVERIFY2(both.indexOf("\"api_version\"") < both.indexOf("\"faults\""), both.constData());
    }

    void error5xxAndThrottleAnswerBeforeAnyEffect()
    {
        const QString id = F::newId();
        const QByteArray key = newKey();
        const QJsonObject product = F::product(QStringLiteral("FAULT-5XX"));

        QCOMPARE(setFaults(QStringLiteral("error5xx=1")).status, 200);
        ApiReply reply = m_session.amy().write("PUT", F::productPath(id), product, key);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.code(), QStringLiteral("unavailable"));
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));

        QCOMPARE(setFaults(QStringLiteral("error5xx=1:500")).status, 200);
        reply = m_session.amy().write("PUT", F::productPath(id), product, key);
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.code(), QStringLiteral("internal"));
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));

        QCOMPARE(setFaults(QStringLiteral("throttle=1:3")).status, 200);
        reply = m_session.amy().write("PUT", F::productPath(id), product, key);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.code(), QStringLiteral("rate_limited"));
        QCOMPARE(reply.header("Retry-After"), QByteArray("3"));
        // Faults come after the token check: a bad token is still 401.
        ApiClient stranger(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_faults"));
        stranger.setToken(QStringLiteral("cpat_not-a-token"));
        QCOMPARE(stranger.get(QStringLiteral("/v1/seller")).status, 401);

        QCOMPARE(setFaults(QString()).status, 200);
        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 404);
        // No idempotency record was kept either: the same key now creates the product.
        reply = m_session.amy().write("PUT", F::productPath(id), product, key);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.header("Idempotent-Replayed").isEmpty());
        const QJsonObject counted = stats().value(u"faults_injected").toObject();
        QCOMPARE(counted.value(u"error5xx").toInteger(), 2);
        QCOMPARE(counted.value(u"throttle").toInteger(), 1);
    }

    void dropAfterWriteCommitsButNeverAnswers()
    {
        const QString id = F::newId();
        const QByteArray key = newKey();
        const QByteArray body = F::compact(F::product(QStringLiteral("FAULT-DROP")));
        QCOMPARE(setFaults(QStringLiteral("drop_after_write=1")).status, 200);

        const RawExchange dropped = rawExchange(m_session.process().baseUrl(), "PUT", F::productPath(id),
                                                m_session.amy().token(), body, key);
        QVERIFY(dropped.closed);
        QVERIFY2(dropped.received.isEmpty(), dropped.received.constData());
        // Reads are not writes: they are answered.
        const RawExchange read =
            rawExchange(m_session.process().baseUrl(), "GET", F::productPath(id), m_session.amy().token());
        QVERIFY2(read.received.startsWith("HTTP/1.1 200 "), read.received.constData());
        QCOMPARE(injected("drop_after_write"), 1);

        QCOMPARE(setFaults(QString()).status, 200);
        const ApiReply stored = m_session.amy().get(F::productPath(id));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(u"sku").toString(), QStringLiteral("FAULT-DROP"));
        // The outbox sends the same request again: the lost answer is replayed.
        const ApiReply replay =
            m_session.amy().send("PUT", F::productPath(id), body, {{"Idempotency-Key", key}});
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(u"version").toInteger(), 1);

        // A QNetworkAccessManager client gets no status, only a network error. (Qt 6.4 sends the
        // request once more by itself when the connection closes before any answer byte: the
        // second one is a replay of the same key, dropped too.)
        QCOMPARE(setFaults(QStringLiteral("drop_after_write=1")).status, 200);
        const QString other = F::newId();
        const ApiReply lost = m_session.amy().write("PUT", F::productPath(other),
                                                    F::product(QStringLiteral("FAULT-DROP-2")), newKey());
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QVERIFY(injected("drop_after_write") >= 2);
        QCOMPARE(setFaults(QString()).status, 200);
        const ApiReply once = m_session.amy().get(F::productPath(other));
        QCOMPARE(once.status, 200);
        QCOMPARE(once.json().value(u"version").toInteger(), 1);
    }

    void truncateSendsTheFullLengthButHalfTheBody()
    {
        const QString id = newProduct(QStringLiteral("FAULT-TRUNC"));
        QVERIFY(!id.isEmpty());
        const QByteArray whole = m_session.amy().get(F::productPath(id)).body;
        QVERIFY(whole.size() > 100);
        QCOMPARE(setFaults(QStringLiteral("truncate=1")).status, 200);

        const RawExchange cut =
            rawExchange(m_session.process().baseUrl(), "GET", F::productPath(id), m_session.amy().token());
        QVERIFY(cut.closed);
        QVERIFY2(cut.received.startsWith("HTTP/1.1 200 "), cut.received.constData());
        const RawResponse parsed = parseRawResponse(cut.received);
        QCOMPARE(parsed.header("Content-Length").toLongLong(), whole.size());
        QCOMPARE(parsed.body.size(), whole.size() / 2);
        QVERIFY(whole.startsWith(parsed.body));
        // A QNetworkAccessManager client sees the short body as an error, not an answer.
        const ApiReply reply = m_session.amy().get(F::productPath(id));
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.body.size() < whole.size());
    }

    void epochResetFaultExpiresTheCursorBeforeTheRequest()
    {
        const QString cursor = headCursor(m_session.amy());
        QVERIFY(!cursor.isEmpty());
        const QString epoch = stats().value(u"epoch").toString();
        QCOMPARE(setFaults(QStringLiteral("epoch_reset=1")).status, 200);
        const ApiReply expired = m_session.amy().get(QStringLiteral("/v1/changes?cursor=") + cursor);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.code(), QStringLiteral("cursor_expired"));
        QCOMPARE(setFaults(QString()).status, 200);
        QVERIFY(stats().value(u"epoch").toString() != epoch);
        QCOMPARE(injected("epoch_reset"), 1);
    }

    void theSameSpecGivesTheSameFaults()
    {
        const auto run = [this] {
            QString statuses;
            for (int i = 0; i < 24; ++i)
                statuses += QString::number(m_session.amy().get(QStringLiteral("/v1/health")).status) + u' ';
            return statuses;
        };
        QCOMPARE(setFaults(QStringLiteral("error5xx=0.5,seed=42")).status, 200);
        const QString first = run();
        QVERIFY2(first.contains(u"200") && first.contains(u"503"), qPrintable(first));
        QCOMPARE(setFaults(QStringLiteral("error5xx=0.5,seed=42")).status, 200);
        QCOMPARE(run(), first);
        QCOMPARE(setFaults(QStringLiteral("error5xx=0.5,seed=43")).status, 200);
        QVERIFY(run() != first);
    }

    void adminAnswersOnlyLoopbackPeers()
    {
        QHostAddress outside;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                outside = address;
                break;
            }
        }
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to connect from");
        SandboxSession session;
        QVERIFY2(session.start(QStringLiteral("tst_sandbox_faults"),
                               {QStringLiteral("--host"), outside.toString()}),
                 qPrintable(session.errorString()));
        QCOMPARE(session.process().baseUrl().host(), outside.toString());
        ApiClient admin(session.process().baseUrl(), QStringLiteral("tst_sandbox_faults"));
        for (const auto& [method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/admin/stats")},
                                               {"GET", QStringLiteral("/admin/faults")},
                                               {"PUT", QStringLiteral("/admin/faults")},
                                               {"POST", QStringLiteral("/admin/epoch-reset")},
                                               {"PATCH", QStringLiteral("/admin/products/") + F::newId()}}) {
            const ApiReply refused = admin.send(method, path, method == "GET" ? QByteArray() : "{}");
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.code(), QStringLiteral("forbidden"));
        }
        // The gate comes before the body limit: a huge body is refused as forbidden from its head.
        QUrl outsideUrl = session.process().baseUrl();
        outsideUrl.setHost(outside.toString());
        RawHttp raw(outsideUrl, QStringLiteral("tst_sandbox_faults"));
        QVERIFY(raw.connect());
        raw.send("PUT /admin/faults HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 100000000\r\n\r\n");
        const RawResponse answer = raw.read(5000);
        QVERIFY2(answer.status == 403, answer.head.constData());
        // A path that is not served is still 404 first, and /v1 works from anywhere.
        QCOMPARE(admin.get(QStringLiteral("/admin/nothing")).status, 404);
        QCOMPARE(session.amy().get(QStringLiteral("/v1/seller")).status, 200);
    }

    void platformEditMakesTheClientsIfMatchStale()
    {
        const QString id = newProduct(QStringLiteral("FAULT-EDIT"));
        QVERIFY(!id.isEmpty());
        const QString cursor = headCursor(m_session.amy());
        const QString path = QStringLiteral("/admin/products/") + id;
        const QString name = QStringLiteral("Mật ong hoa tràm U Minh (sàn sửa)");
        const ApiReply edited =
            m_admin->send("PATCH", path,
                          F::compact({{QStringLiteral("name"), name},
                                      {QStringLiteral("tags"), QJsonArray{QStringLiteral("mật ong")}}}));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(edited.json().value(u"version").toInteger(), 2);
        QCOMPARE(edited.json().value(u"name").toString(), name);
        QCOMPARE(edited.json().value(u"sku").toString(), QStringLiteral("FAULT-EDIT"));

        // The client's replace based on version 1 meets the platform's copy.
        const ApiReply stale = m_session.amy().write(
            "PUT", F::productPath(id), F::product(QStringLiteral("FAULT-EDIT"), 300000), newKey(), 1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json().value(u"current").toObject().value(u"version").toInteger(), 2);
        QCOMPARE(stale.json().value(u"current").toObject().value(u"name").toString(), name);
        // …and the feed reports the edit.
        const QJsonArray changes = m_session.amy()
                                       .get(QStringLiteral("/v1/changes?cursor=") + cursor)
                                       .json()
                                       .value(u"changes")
                                       .toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(u"type").toString(), QStringLiteral("product.updated"));
        QCOMPARE(changes.at(0).toObject().value(u"data").toObject().value(u"version").toInteger(), 2);
        // Ben never sees Amy's product change.
        QCOMPARE(m_session.ben().get(QStringLiteral("/v1/changes")).json().value(u"changes").toArray().size(),
                 0);
    }

    void platformEditRefusesBadEdits()
    {
        const QString id = newProduct(QStringLiteral("FAULT-EDIT-BAD"));
        const QString path = QStringLiteral("/admin/products/") + id;
        QCOMPARE(m_admin->send("PATCH", path, "{}").code(), QStringLiteral("invalid_field"));
        QCOMPARE(m_admin->send("PATCH", path, R"({"sku":"X"})").code(), QStringLiteral("unknown_field"));
        const ApiReply wrong = m_admin->send("PATCH", path, R"({"name":5,"category":"/bad/"})");
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().value(u"errors").toArray().size(), 2);
        QCOMPARE(m_admin->send("PATCH", path, R"({"name":"x")").code(), QStringLiteral("invalid_json"));
        QCOMPARE(m_admin->send("PATCH", path, R"({"name":"x"})", {{"Content-Type", "text/plain"}}).status,
                 415);
        QCOMPARE(
            m_admin->send("PATCH", QStringLiteral("/admin/products/") + F::newId(), R"({"name":"x"})").status,
            404);
        QCOMPARE(
            m_admin->send("PATCH", QStringLiteral("/admin/products/not-an-id"), R"({"name":"x"})").status,
            404);
        // Nothing changed.
        QCOMPARE(m_session.amy().get(F::productPath(id)).json().value(u"version").toInteger(), 1);
    }

    void epochResetKeepingDataExpiresEveryCursor()
    {
        const QString id = newProduct(QStringLiteral("FAULT-KEEP"));
        QVERIFY(!id.isEmpty());
        const QString cursor =
            m_session.amy().get(QStringLiteral("/v1/changes")).json().value(u"next_cursor").toString();
        const QString epoch = stats().value(u"epoch").toString();

        const ApiReply reset = m_admin->send("POST", QStringLiteral("/admin/epoch-reset"));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json().value(u"mode").toString(), QStringLiteral("keep_data"));
        QCOMPARE(reset.json().value(u"previous_epoch").toString(), epoch);
        const QString newEpoch = reset.json().value(u"epoch").toString();
        QVERIFY(newEpoch != epoch);

        QCOMPARE(m_session.amy().get(QStringLiteral("/v1/changes?cursor=") + cursor).status, 410);
        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 200);
        QCOMPARE(stats().value(u"changes").toInteger(), 0);
        // The new epoch's feed starts empty and carries on from the head.
        const ApiReply fresh = m_session.amy().get(QStringLiteral("/v1/changes"));
        QCOMPARE(fresh.json().value(u"epoch").toString(), newEpoch);
        QCOMPARE(fresh.json().value(u"changes").toArray().size(), 0);
        const QString next = fresh.json().value(u"next_cursor").toString();
        QVERIFY(!newProduct(QStringLiteral("FAULT-KEEP-2")).isEmpty());
        QCOMPARE(m_session.amy()
                     .get(QStringLiteral("/v1/changes?cursor=") + next)
                     .json()
                     .value(u"changes")
                     .toArray()
                     .size(),
                 1);

        // With a body, mode is checked.
        QCOMPARE(
            m_admin->send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"keep_data"})").status,
            200);
        QCOMPARE(m_admin->send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"all"})").code(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(m_admin->send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"wipe_data","x":1})")
                     .code(),
                 QStringLiteral("unknown_field"));
        QCOMPARE(m_admin->send("POST", QStringLiteral("/admin/epoch-reset"), "[]").code(),
                 QStringLiteral("invalid_json"));
        QCOMPARE(m_admin
                     ->send("POST", QStringLiteral("/admin/epoch-reset"), "mode=wipe_data",
                            {{"Content-Type", "text/plain"}})
                     .status,
                 415);
        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 200);
    }

    void statsCountWhatHappened()
    {
        const QJsonObject before = stats();
        QCOMPARE(before.value(u"sellers").toInteger(), 2);
        QVERIFY(before.value(u"products").toInteger() >= 1);
        QVERIFY(before.value(u"idempotency_records").toInteger() >= 1);
        QCOMPARE(before.value(u"orders").toInteger(), 0);
        QCOMPARE(before.value(u"uploads").toInteger(), 0);
        QVERIFY(before.value(u"started_at").toString().endsWith(u'Z'));
        QCOMPARE(m_session.amy().get(QStringLiteral("/v1/seller")).status, 200);
        QCOMPARE(m_session.amy().get(F::productPath(F::newId())).status, 404);
        const QJsonObject after = stats();
        // Admin calls are not /v1 requests; the two above are.
        QCOMPARE(after.value(u"requests").toInteger(), before.value(u"requests").toInteger() + 2);
        const QJsonObject was = before.value(u"responses_by_status").toObject();
        const QJsonObject now = after.value(u"responses_by_status").toObject();
        QCOMPARE(now.value(u"404").toInteger(), was.value(u"404").toInteger() + 1);
        // 200: the seller, and the stats answer `before` itself.
        QCOMPARE(now.value(u"200").toInteger(), was.value(u"200").toInteger() + 2);
    }

    // Last: it wipes the session's products.
    void epochResetWipingDataKeepsAccountsAndIdentities()
    {
        const ApiReply identity = m_session.amy().write(
            "PUT", QStringLiteral("/v1/seller"), F::seller(), newKey(),
            m_session.amy().get(QStringLiteral("/v1/seller")).json().value(u"version").toInteger());
        QCOMPARE(identity.status, 200);
        const QString id = newProduct(QStringLiteral("FAULT-WIPE"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_session.amy()
                     .write("POST", F::productPath(id) + QStringLiteral("/stock-adjustments"),
                            F::adjustment(F::newId(), 5000), newKey())
                     .status,
                 201);
        const QByteArray key = newKey();
        QCOMPARE(m_session.ben()
                     .write("PUT", F::productPath(F::newId()), F::product(QStringLiteral("BEN-W")), key)
                     .status,
                 201);

        const ApiReply reset =
            m_admin->send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"wipe_data"})");
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json().value(u"mode").toString(), QStringLiteral("wipe_data"));

        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 404);
        QCOMPARE(m_session.amy().get(QStringLiteral("/v1/products")).json().value(u"items").toArray().size(),
                 0);
        QCOMPARE(m_session.ben().get(QStringLiteral("/v1/products")).json().value(u"items").toArray().size(),
                 0);
        const QJsonObject counts = stats();
        QCOMPARE(counts.value(u"products").toInteger(), 0);
        QCOMPARE(counts.value(u"idempotency_records").toInteger(), 0);
        QCOMPARE(counts.value(u"changes").toInteger(), 0);
        QCOMPARE(counts.value(u"sellers").toInteger(), 2);
        // The seller's identity stays, at its version.
        const ApiReply seller = m_session.amy().get(QStringLiteral("/v1/seller"));
        QCOMPARE(seller.status, 200);
        QCOMPARE(seller.json().value(u"version").toInteger(), identity.json().value(u"version").toInteger());
        QCOMPARE(seller.json().value(u"name").toString(), QStringLiteral("Hợp tác xã Mật ong U Minh"));
        QCOMPARE(seller.json().value(u"identity_complete"), QJsonValue(true));
        // Accounts stay: logging in works.
        ApiClient again(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_faults"));
        QCOMPARE(again.login(F::kAmy, F::kAmyPassword).status, 200);
        // The product's id is free again, and Ben's key was forgotten with its record.
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("FAULT-WIPE")), newKey())
                     .status,
                 201);
        const ApiReply reused = m_session.ben().write("PUT", F::productPath(F::newId()),
                                                      F::product(QStringLiteral("BEN-X")), key);
        QCOMPARE(reused.status, 201);
        QVERIFY(reused.header("Idempotent-Replayed").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
