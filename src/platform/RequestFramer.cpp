#include "RequestFramer.h"

#include <limits>

namespace ChoPhien {
namespace {

bool isTokenChar(char c)
{
    static constexpr QByteArrayView extra = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// The end of the head in `buffer` (the index after its empty line) searching from `from`, or -1.
qsizetype headEnd(const QByteArray& buffer, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < buffer.size(); ++i) {
        if (buffer.at(i) != '\n')
            continue;
        if (i + 1 < buffer.size() && buffer.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < buffer.size() && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

// Digits only; lengths beyond any real body saturate rather than overflow.
bool parseLength(QByteArrayView text, qint64& length)
{
    constexpr qint64 cap = std::numeric_limits<qint64>::max() / 10 - 10;
    if (text.isEmpty())
        return false;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value < cap ? value * 10 + (c - '0') : cap;
    }
    length = value;
    return true;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView part : QByteArray(list.toByteArray()).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray RequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

RequestFramer::RequestFramer(qsizetype maxHeadBytes)
    : m_maxHead(maxHeadBytes)
{}

QList<RequestFramer::Event> RequestFramer::feed(QByteArrayView bytes)
{
    QList<Event> events;
    while (!m_stopped && !bytes.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 taken = qMin<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            continue;
        }
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        if (m_head.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                break;
        }
        const qsizetype searchFrom = m_head.size() - 2;
        const qsizetype room = m_maxHead - m_head.size();
        const qsizetype take = qMin<qsizetype>(bytes.size(), room + 1);
        m_head.append(bytes.first(take));
        const qsizetype end = headEnd(m_head, searchFrom);
        if (end < 0) {
            if (m_head.size() > m_maxHead) {
                m_stopped = true;
                events.append({Event::Kind::HeadTooLarge, {}});
            }
            bytes = bytes.sliced(take);
            continue;
        }
        // Bytes of this chunk beyond the head belong to the body or the next request.
        const qsizetype usedOfChunk = take - (m_head.size() - end);
        bytes = bytes.sliced(usedOfChunk);
        Event event;
        if (!parseHead(QByteArrayView(m_head).first(end), event.head)) {
            m_stopped = true;
            events.append({Event::Kind::Malformed, {}});
            break;
        }
        m_head.clear();
        m_bodyLeft = event.head.contentLength;
        if (event.head.transferEncoding)
            m_stopped = true;
        events.append(std::move(event));
    }
    return events;
}

bool RequestFramer::parseHead(QByteArrayView text, RequestHead& head)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            QByteArrayView line = text.sliced(start, i - start);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                lines.append(line);
            start = i + 1;
        }
    }
    if (lines.isEmpty())
        return false;

    const QByteArrayView requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return false;
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method) || !target.startsWith('/') || target.contains(' '))
        return false;
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return false;
    head.method = method.toByteArray();
    head.target = target.toByteArray();
    head.keepAlive = version == "HTTP/1.1";

    bool haveLength = false;
    for (const QByteArrayView line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return false;
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            qint64 length = 0;
            if (!parseLength(value, length) || (haveLength && length != head.contentLength))
                return false;
            head.contentLength = length;
            haveLength = true;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            head.transferEncoding = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            head.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (hasToken(value, "close"))
                head.keepAlive = false;
            else if (hasToken(value, "keep-alive"))
                head.keepAlive = true;
        }
    }
    return true;
}

} // namespace ChoPhien
