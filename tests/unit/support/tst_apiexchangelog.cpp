#include <support/ApiExchangeLog.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace ChoPhien::Test;

namespace {

// Answers each request with a canned HTTP response chosen by "METHOD /path?query", then closes.
class CannedServer final {
public:
    CannedServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void answer(const QByteArray& request, const QByteArray& response)
    {
        m_answers.insert(request, response);
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray key = requestLine.value(0) + ' ' + requestLine.value(1);
        m_buffers.remove(socket);
        socket->write(m_answers.value(key, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                                           "Connection: close\r\n\r\n"));
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_answers;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray http(const QByteArray& statusLine, const QByteArray& headers, const QByteArray& body)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QList<QJsonObject> readLines(const QString& path)
{
    QFile file(path);
    QList<QJsonObject> objects;
    if (!file.open(QIODevice::ReadOnly))
        return objects;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

ApiExchange productExchange()
{
    ApiExchange exchange;
    exchange.method = "PUT";
    exchange.path = QStringLiteral("/v1/products/3f6c1b2e-8d4a-4c5e-9b1f-2a7d6e8c9f01");
    exchange.status = 201;
    exchange.headers = {{"Content-Type", "application/json"},
                        {"ETag", "\"1\""},
                        {"Vary", "Accept"},
                        {"Vary", "Authorization"}};
    exchange.body = QStringLiteral(R"({"name":"Mật ong rừng U Minh","price":250000})").toUtf8();
    return exchange;
}

} // namespace

class TestApiExchangeLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLineHoldsTheExchangeAsJson()
    {
        const QByteArray line = ApiExchangeLog::line(productExchange(), QStringLiteral("tst_sync_push"));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"method").toString(), QStringLiteral("PUT"));
        QCOMPARE(o.value(u"path").toString(),
                 QStringLiteral("/v1/products/3f6c1b2e-8d4a-4c5e-9b1f-2a7d6e8c9f01"));
        QCOMPARE(o.value(u"status").toInt(), 201);
        QCOMPARE(o.value(u"test").toString(), QStringLiteral("tst_sync_push"));
        const QJsonObject headers = o.value(u"headers").toObject();
        QCOMPARE(headers.value(u"ETag").toString(), QStringLiteral("\"1\""));
        QCOMPARE(headers.value(u"Vary").toString(), QStringLiteral("Accept, Authorization"));
        QCOMPARE(o.value(u"body").toObject().value(u"name").toString(),
                 QStringLiteral("Mật ong rừng U Minh"));
        QCOMPARE(o.value(u"body").toObject().value(u"price").toInteger(), 250000);
    }

    void aBodyThatIsNotJsonIsNull()
    {
        ApiExchange exchange = productExchange();
        for (const QByteArray& body :
             {QByteArray(), QByteArray("<html>lỗi</html>"), QByteArray("{\"cut\":")}) {
            exchange.body = body;
            const QJsonObject o = QJsonDocument::fromJson(ApiExchangeLog::line(exchange, {})).object();
            QVERIFY2(o.value(u"body").isNull(), body.constData());
            QVERIFY(!o.contains(u"test"));
        }
    }

    void withoutTheVariableNothingIsWritten()
    {
        qunsetenv("CHOPHIEN_API_LOG");
        const ApiExchangeLog log = ApiExchangeLog::fromEnvironment();
        QVERIFY(!log.isEnabled());
        QVERIFY(log.append(productExchange()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exchanges.jsonl"));
        qputenv("CHOPHIEN_API_LOG", path.toLocal8Bit());
        QCOMPARE(ApiExchangeLog::fromEnvironment().path(), path);
        qunsetenv("CHOPHIEN_API_LOG");
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        QTemporaryDir dir;
        const ApiExchangeLog log(dir.filePath(QStringLiteral("no-such-folder/exchanges.jsonl")));
        QVERIFY(!log.append(productExchange()));
    }

    void parallelAppendsKeepEveryLineWhole()
    {
        QTemporaryDir dir;
        const ApiExchangeLog log(dir.filePath(QStringLiteral("exchanges.jsonl")));
        ApiExchange big = productExchange();
        big.body = "{\"description\":\"" + QByteArray(20000, 'x') + "\"}";
        constexpr int threads = 4;
        constexpr int perThread = 150;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&log, &big, t] {
                for (int i = 0; i < perThread; ++i)
                    log.append(big, QStringLiteral("writer-%1").arg(t));
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        const QList<QJsonObject> lines = readLines(log.path());
        QCOMPARE(lines.size(), threads * perThread);
        QHash<QString, int> perWriter;
        for (const QJsonObject& o : lines) {
            QCOMPARE(o.value(u"body").toObject().value(u"description").toString().size(), 20000);
            ++perWriter[o.value(u"test").toString()];
        }
        for (int t = 0; t < threads; ++t)
            QCOMPARE(perWriter.value(QStringLiteral("writer-%1").arg(t)), perThread);
    }

    // Real replies over loopback, recorded and then checked by the contract's own validator: what
    // this helper writes is what api-responses-valid reads.
    void recordedRepliesPassTheContractValidator()
    {
        CannedServer server;
        QVERIFY(server.listen());
        server.answer("GET /v1/health",
                      http("200 OK", "Content-Type: application/json\r\n",
                           R"({"status":"ok","epoch":"9d2f6a1c-4b7e-4f0a-8c3d-1e5b7a9c2d40",)"
                           R"("server_time":"2026-11-24T08:15:30Z","api_version":"1.0.0"})"));
        const QByteArray upload = "/v1/uploads/6b9c0d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e";
        server.answer("PATCH " + upload, http("204 No Content", "Upload-Offset: 1048576\r\n", {}));
        server.answer(
            "GET /v1/nothing?limit=5",
            http("404 Not Found", "Content-Type: application/problem+json\r\n",
                 QStringLiteral(R"({"type":"urn:chophien:problem:not_found","title":"Not found",)"
                                R"("status":404,"code":"not_found","detail":"Không có địa chỉ này.",)"
                                R"("detail_en":"No such path."})")
                     .toUtf8()));

        QTemporaryDir dir;
        const ApiExchangeLog log(dir.filePath(QStringLiteral("exchanges.jsonl")));
        QNetworkAccessManager network;
        const auto record = [&](QNetworkReply* reply) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || done.wait(10000));
            QVERIFY(log.append(*reply, reply->readAll()));
            reply->deleteLater();
        };
        record(network.get(QNetworkRequest(server.url(QStringLiteral("/v1/health")))));
        QNetworkRequest patch(server.url(QString::fromLatin1(upload)));
        patch.setHeader(QNetworkRequest::ContentTypeHeader,
                        QByteArrayLiteral("application/offset+octet-stream"));
        record(network.sendCustomRequest(patch, "PATCH", QByteArray(16, 'x')));
        record(network.get(QNetworkRequest(server.url(QStringLiteral("/v1/nothing?limit=5")))));

        const QList<QJsonObject> lines = readLines(log.path());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(u"method").toString(), QStringLiteral("PATCH"));
        QCOMPARE(lines[1].value(u"status").toInt(), 204);
        QCOMPARE(lines[2].value(u"path").toString(), QStringLiteral("/v1/nothing?limit=5"));
        QCOMPARE(lines[2].value(u"test").toString(), QCoreApplication::applicationName());

        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is not on the PATH: run installer/install-deps.sh");
        const QString validator = qEnvironmentVariable("CHOPHIEN_SOURCE_DIR") +
                                  QStringLiteral("/tests/contract/validate-responses.mjs");
        QProcess run;
        run.start(node, {validator, log.path()});
        QVERIFY(run.waitForFinished(120000));
        const QString output = QString::fromUtf8(run.readAllStandardOutput() + run.readAllStandardError());
        QVERIFY2(run.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"3 exchanges checked, 0 failures"), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestApiExchangeLog)
#include "tst_apiexchangelog.moc"
