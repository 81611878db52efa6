// sandbox-load: sends N product PUTs (create-or-replace, each with its own Idempotency-Key) to a
// chophien-sandbox over C keep-alive connections, one request in flight per connection, and prints
// the throughput. tests/bench/run.sh compares it with curl --parallel sending the same requests.
//
//   sandbox-load --port P --token T --body FILE --requests N --clients C [--first K]
//
// FILE is a product body in which "{sku}" is replaced by each request's SKU. Request i (from K)
// writes the product with the UUID made from i, so two runs with different --first never collide.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTextStream>

#include <memory>
#include <vector>

namespace {

QByteArray productId(qint64 i)
{
    return QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0');
}

struct Run {
    QByteArray host;
    quint16 port = 0;
    QByteArray token;
    QByteArray body;
    qint64 first = 0;
    qint64 requests = 0;
    qint64 next = 0;
    qint64 done = 0;
    qint64 ok = 0;
    QList<int> failures;
};

QByteArray request(const Run& run, qint64 i)
{
    const QByteArray sku = "LOAD-" + QByteArray::number(i);
    QByteArray body = run.body;
    body.replace("{sku}", sku);
    QByteArray out;
    out.reserve(body.size() + 400);
    out += "PUT /v1/products/" + productId(i) + " HTTP/1.1\r\nHost: " + run.host + ':' +
           QByteArray::number(run.port) + "\r\nAuthorization: Bearer " + run.token +
           "\r\nIdempotency-Key: load-" + QByteArray::number(i) +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
    return out;
}

// One keep-alive connection: sends the next request when the previous answer is complete.
class Client : public QObject {
public:
    Client(Run& run)
        : m_run(run)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this] { readAnswer(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_inFlight) {
                m_run.failures.append(-1);
                finishOne();
            }
            m_socket.abort();
            m_buffer.clear();
            m_socket.connectToHost(QString::fromLatin1(m_run.host), m_run.port);
        });
        m_socket.connectToHost(QString::fromLatin1(m_run.host), m_run.port);
    }

private:
    void sendNext()
    {
        if (m_run.next >= m_run.first + m_run.requests) {
            m_socket.disconnectFromHost();
            return;
        }
        m_inFlight = true;
        m_socket.write(request(m_run, m_run.next++));
    }
    void readAnswer()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = m_buffer.first(headEnd).toLower();
        const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
        qint64 length = 0;
        if (lengthAt >= 0) {
            const qsizetype valueAt = lengthAt + qsizetype(sizeof("\r\ncontent-length:")) - 1;
            const qsizetype lineEnd = head.indexOf("\r\n", valueAt);
            length = head.mid(valueAt, lineEnd < 0 ? -1 : lineEnd - valueAt).trimmed().toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        m_buffer.remove(0, headEnd + 4 + length);
        if (status >= 200 && status < 300)
            ++m_run.ok;
        else
            m_run.failures.append(status);
        finishOne();
        sendNext();
    }
    void finishOne()
    {
        m_inFlight = false;
        if (++m_run.done == m_run.requests)
            QCoreApplication::quit();
    }

    Run& m_run;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_inFlight = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server address."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."),
                                  QStringLiteral("n"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Access token."),
                                   QStringLiteral("token"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Product body with {sku}."),
                                  QStringLiteral("file"));
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("How many PUTs."),
                                      QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Connections."),
                                     QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("Number of the first request."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({host, port, token, body, requests, clients, first});
    parser.process(app);

    Run run;
    run.host = parser.value(host).toLatin1();
    run.port = quint16(parser.value(port).toUInt());
    run.token = parser.value(token).toLatin1();
    run.requests = parser.value(requests).toLongLong();
    run.first = parser.value(first).toLongLong();
    run.next = run.first;
    QFile file(parser.value(body));
    if (run.port == 0 || run.token.isEmpty() || run.requests <= 0 || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "sandbox-load: needs --port, --token, --body FILE and --requests > 0\n";
        return 2;
    }
    run.body = file.readAll().trimmed();

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < qMax(1, parser.value(clients).toInt()); ++i)
        pool.push_back(std::make_unique<Client>(run));
    app.exec();
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QTextStream out(stdout);
    out << "requests=" << run.requests << " ok=" << run.ok << " failed=" << run.failures.size()
        << " ms=" << ms << " per_second=" << qRound64(double(run.ok) * 1000.0 / double(ms));
    if (!run.failures.isEmpty())
        out << " first_failure=" << run.failures.first();
    out << Qt::endl;
    return run.ok == run.requests ? 0 : 1;
}
