#include "RawHttp.h"

#include "ApiExchangeLog.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ChoPhien::Test {

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RawResponse::header(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower() + ':';
    for (const QByteArray& line : head.split('\n')) {
        if (line.toLower().startsWith(wanted))
            return line.mid(wanted.size()).trimmed();
    }
    return {};
}

RawResponse parseRawResponse(const QByteArray& bytes, qsizetype* used)
{
    RawResponse response;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (used)
        *used = 0;
    if (headEnd < 0 || !bytes.startsWith("HTTP/1."))
        return response;
    response.head = bytes.left(headEnd);
    response.status = response.head.mid(9, 3).toInt();
    const qint64 length = qMax<qint64>(0, response.header("Content-Length").toLongLong());
    response.body = bytes.mid(headEnd + 4, length);
    response.whole = response.body.size() == length;
    if (used && response.whole)
        *used = headEnd + 4 + length;
    return response;
}

RawHttp::RawHttp(QUrl base, QString test)
    : m_base(std::move(base))
    , m_test(std::move(test))
{}

bool RawHttp::connect(int timeoutMs)
{
    m_socket.connectToHost(m_base.host(), quint16(m_base.port()));
    return m_socket.waitForConnected(timeoutMs);
}

void RawHttp::send(const QByteArray& bytes)
{
    static const QRegularExpression requestLine(QStringLiteral("^([A-Z]+) (/[^ ]*) HTTP/1\\.[01]\\r$"),
                                                QRegularExpression::MultilineOption);
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QRegularExpressionMatch match = requestLine.match(QString::fromLatin1(bytes.left(headEnd + 2)));
    if (match.hasMatch()) {
        m_method = match.captured(1).toLatin1();
        m_path = match.captured(2);
    }
    m_socket.write(bytes);
}

RawResponse RawHttp::read(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_buffer += m_socket.readAll();
        qsizetype used = 0;
        RawResponse response = parseRawResponse(m_buffer, &used);
        if (response.whole) {
            m_buffer.remove(0, used);
            record(response);
            return response;
        }
        if (deadline.hasExpired() || m_socket.state() == QAbstractSocket::UnconnectedState ||
            !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_buffer += m_socket.readAll();
            return parseRawResponse(m_buffer);
        }
    }
}

QByteArray RawHttp::readUntilClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_buffer += m_socket.readAll();
        m_socket.waitForReadyRead(100);
    }
    m_buffer += m_socket.readAll();
    const RawResponse response = parseRawResponse(m_buffer);
    if (response.whole)
        record(response);
    return std::exchange(m_buffer, {});
}

void RawHttp::record(const RawResponse& response) const
{
    // An interim 100 Continue is not the answer; a request whose line never went out has none.
    if (!response.whole || response.status < 200 || m_method.isEmpty())
        return;
    ApiExchange exchange{
        m_method, m_path, response.status, {}, m_method == "HEAD" ? QByteArray() : response.body};
    for (const QByteArray& line : response.head.split('\n').mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            exchange.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    ApiExchangeLog::fromEnvironment().append(exchange, m_test);
}

} // namespace ChoPhien::Test
