// Request limits of the real chophien-sandbox, seen from raw sockets and curl: a body over the
// limit is refused with 413 from its head alone and never held in memory; bodies without a
// length are refused; the connection then closes.
#include <support/ApiFixtures.h>
#include <support/RawHttp.h>
#include <support/SandboxSession.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

constexpr qint64 kTwentyMB = 20 * 1000 * 1000;

} // namespace

class TestSandboxLimits final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    RawHttp raw() { return RawHttp(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_limits")); }

    QByteArray putHead(qint64 length, const QByteArray& extra = {})
    {
        return "PUT " + F::productPath(F::newId()).toLatin1() +
               " HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer " + m_session.amy().token().toLatin1() +
               "\r\nIdempotency-Key: " + newKey() +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) +
               "\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_limits")), qPrintable(m_session.errorString()));
    }

    void anOversizedBodyIsRefusedFromItsHead()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send(putHead(kTwentyMB));
        // Not one body byte sent: the answer comes from the head alone.
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 413);
        QVERIFY(r.head.contains("Content-Type: application/problem+json"));
        QVERIFY(r.head.contains("Connection: close"));
        QCOMPARE(r.json().value(u"code").toString(), QStringLiteral("payload_too_large"));
        QVERIFY2(r.json().value(u"detail").toString().contains(QStringLiteral("16 MB")), r.body.constData());
    }

    void anOversizedBodySentAnywayIsDroppedNotKept()
    {
        const qint64 before = m_session.process().residentKiB();
        if (before < 0)
            QSKIP("no /proc to read the server's memory from");
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send(putHead(kTwentyMB));
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        while (sent < kTwentyMB && socket.socket().state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin<qint64>(chunk.size(), kTwentyMB - sent);
            socket.socket().write(chunk.constData(), n);
            sent += n;
            while (socket.socket().bytesToWrite() > 0 && socket.socket().waitForBytesWritten(5000)) {
            }
        }
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 413);
        const qint64 after = m_session.process().residentKiB();
        QVERIFY2(
            after - before < 8 * 1024,
            qPrintable(QStringLiteral("server memory grew from %1 KiB to %2 KiB").arg(before).arg(after)));
        // The server goes on serving.
        QCOMPARE(m_session.amy().get(QStringLiteral("/v1/health")).status, 200);
    }

    void curlSendingTwentyMegabytesGets413()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        QTemporaryFile big;
        QVERIFY(big.open());
        const QByteArray block(1000 * 1000, '7');
        for (int i = 0; i < 20; ++i)
            big.write(block);
        big.flush();
        const qint64 before = m_session.process().residentKiB();
        QProcess process;
        process.start(
            curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-w"),
                   QStringLiteral("\n%{http_code}"), QStringLiteral("-X"), QStringLiteral("PUT"),
                   QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + m_session.amy().token(),
                   QStringLiteral("-H"), QStringLiteral("Idempotency-Key: ") + QString::fromLatin1(newKey()),
                   QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                   QStringLiteral("--data-binary"), u'@' + big.fileName(),
                   m_session.process().baseUrl().toString() + F::productPath(F::newId())});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.endsWith("\n413"), out.constData());
        QVERIFY(out.contains("payload_too_large"));
        if (before > 0)
            QVERIFY(m_session.process().residentKiB() - before < 8 * 1024);
    }

    void anUnknownPathIsStill404()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send("POST /v1/nowhere HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 99999999\r\n\r\n");
        QCOMPARE(socket.read().status, 404);
    }

    void theLimitIsConfigurable()
    {
        SandboxSession small;
        QVERIFY2(small.start(QStringLiteral("tst_sandbox_limits"),
                             {QStringLiteral("--max-body"), QStringLiteral("4096")}),
                 qPrintable(small.errorString()));
        const QByteArray atLimit(4096, ' ');
        const ApiReply fits =
            small.amy().send("PUT", F::productPath(F::newId()), atLimit, {{"Idempotency-Key", newKey()}});
        QCOMPARE(fits.status, 400); // read, and found not to be JSON
        QCOMPARE(fits.code(), QStringLiteral("invalid_json"));
        const ApiReply over = small.amy().send("PUT", F::productPath(F::newId()), QByteArray(4097, ' '),
                                               {{"Idempotency-Key", newKey()}});
        QCOMPARE(over.status, 413);
        QCOMPARE(over.code(), QStringLiteral("payload_too_large"));
    }

    void chunkedBodiesAreRefused()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send("POST /v1/auth/token HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code").toString(), QStringLiteral("invalid_field"));
        QVERIFY(r.body.contains("Transfer-Encoding"));
        QVERIFY(r.head.contains("Connection: close"));
    }

    void aMalformedRequestIsRefusedAndClosed()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send("HELLO THERE\r\n\r\n");
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 400);
        QVERIFY(socket.socket().state() == QAbstractSocket::UnconnectedState ||
                socket.socket().waitForDisconnected(5000));
    }

    void expectContinueIsAnswered()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), F::kAmy},
                                                          {QStringLiteral("password"), F::kAmyPassword}})
                                    .toJson(QJsonDocument::Compact);
        socket.send("POST /v1/auth/token HTTP/1.1\r\nHost: sandbox\r\nContent-Type: "
                    "application/json\r\nExpect: 100-continue\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n");
        const RawResponse go = socket.read();
        QCOMPARE(go.status, 100);
        socket.socket().write(body);
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().contains(u"access_token"));
        // Keep-alive: the same connection serves the next request.
        socket.send("GET /v1/health HTTP/1.1\r\nHost: sandbox\r\n\r\n");
        QCOMPARE(socket.read().status, 200);
    }

    void http10ConnectionsAreClosedAfterTheAnswer()
    {
        RawHttp socket = raw();
        QVERIFY(socket.connect());
        socket.send("GET /v1/health HTTP/1.0\r\n\r\n");
        const RawResponse r = socket.read();
        QCOMPARE(r.status, 200);
        QVERIFY(r.head.contains("Connection: close"));
        QVERIFY(socket.socket().state() == QAbstractSocket::UnconnectedState ||
                socket.socket().waitForDisconnected(5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
