#include "HttpConnection.h"

#include "Problem.h"

#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcConnection, "chophien.platform.connection")

// A refused request's connection closes once the client has been quiet this long, or has sent this
// much more (it is dropped as it comes, so this bounds time, not memory).
constexpr int kDrainIdleMs = 2000;
constexpr qint64 kDrainMaxBytes = qint64(256) * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(HttpService& service, QObject* httpServer, QObject* parent)
    : QTcpSocket(parent)
    , m_service(service)
    , m_httpServer(httpServer)
{
    connect(this, &QTcpSocket::readyRead, this, &HttpConnection::inspect);
    m_drainIdle.setSingleShot(true);
    m_drainIdle.setInterval(kDrainIdleMs);
    connect(&m_drainIdle, &QTimer::timeout, this, [this] { disconnectFromHost(); });
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &HttpConnection::sendDue);
    m_clock.start();
}

void HttpConnection::deliver(const HttpResponse& response, bool keepAlive)
{
    const bool cut = response.delivery.cut != HttpResponse::Delivery::Cut::None;
    m_outgoing.enqueue({response.deliveredWire(keepAlive), m_clock.elapsed() + response.delivery.delayMs,
                        cut || !keepAlive});
    sendDue();
}

void HttpConnection::sendDue()
{
    while (!m_outgoing.isEmpty()) {
        const qint64 wait = m_outgoing.head().dueMs - m_clock.elapsed();
        if (wait > 0) {
            m_sendTimer.start(std::chrono::milliseconds(wait));
            return;
        }
        const Outgoing next = m_outgoing.dequeue();
        write(next.wire);
        if (next.close) {
            // What was written still goes out; then the connection closes.
            m_outgoing.clear();
            disconnectFromHost();
            return;
        }
    }
}

RequestHead HttpConnection::takeHead()
{
    return m_heads.isEmpty() ? RequestHead{} : m_heads.dequeue();
}

void HttpConnection::inspect()
{
    if (m_draining) {
        drain();
        return;
    }
    // Only the bytes that arrived since the last readyRead are past the read position: the HTTP
    // server's parser reads everything each time.
    const QByteArray fresh = peek(bytesAvailable());
    for (RequestFramer::Event& event : m_framer.feed(fresh)) {
        switch (event.kind) {
        case RequestFramer::Event::Kind::Malformed:
            refuse(Problem(ProblemCode::InvalidField, {QStringLiteral("Yêu cầu HTTP không đúng cú pháp."),
                                                       QStringLiteral("The HTTP request is malformed.")})
                       .toResponse());
            return;
        case RequestFramer::Event::Kind::HeadTooLarge:
            refuse(Problem(ProblemCode::PayloadTooLarge,
                           {QStringLiteral("Phần đầu (header) của yêu cầu quá lớn."),
                            QStringLiteral("The request's header block is too large.")})
                       .toResponse());
            return;
        case RequestFramer::Event::Kind::Head:
            event.head.loopbackPeer = peerAddress().isLoopback();
            if (const std::optional<HttpResponse> refusal = m_service.screen(event.head)) {
                refuse(*refusal);
                return;
            }
            if (event.head.expectContinue)
                write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            m_heads.enqueue(event.head);
            break;
        }
    }
}

void HttpConnection::refuse(const HttpResponse& response)
{
    qCInfo(lcConnection) << "refused a request with status" << response.status;
    // The HTTP server's parser must not see the rest: cut it off, and drop what it held.
    if (m_httpServer)
        disconnect(this, &QTcpSocket::readyRead, m_httpServer.data(), nullptr);
    if (isTransactionStarted())
        commitTransaction();
    m_draining = true;
    // Behind any answer still waiting (latency fault), so answers keep their requests' order.
    m_outgoing.enqueue({response.toWire(false), m_clock.elapsed(), false});
    sendDue();
    drain();
}

void HttpConnection::drain()
{
    const qint64 available = bytesAvailable();
    if (available > 0)
        m_drained += skip(available);
    if (m_drained > kDrainMaxBytes) {
        abort();
        return;
    }
    m_drainIdle.start();
}

} // namespace ChoPhien
