#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace ChoPhien {

// What the sandbox needs to know of a request before its body arrives.
struct RequestHead {
    QByteArray method;
    QByteArray target;             // as sent: path and query
    qint64 contentLength = 0;      // 0 when absent
    bool transferEncoding = false; // any Transfer-Encoding (chunked…): the sandbox refuses these
    bool expectContinue = false;   // Expect: 100-continue
    bool keepAlive = true;         // HTTP/1.1 unless Connection: close; HTTP/1.0 only with keep-alive
    bool loopbackPeer = true;      // set by the connection: /admin answers only loopback peers

    QByteArray path() const; // the target without its query
};

// Follows the bytes of one connection, request after request, and reports each request head as
// soon as it is complete, so the body limit is applied before any body byte is kept (QHttpServer
// 6.4 buffers whole bodies). It never stores a body: it only counts the Content-Length bytes that
// follow a head. Pure logic; HttpConnection feeds it.
class RequestFramer final {
public:
    struct Event {
        enum class Kind { Head, Malformed, HeadTooLarge };
        Kind kind = Kind::Head;
        RequestHead head;
    };

    explicit RequestFramer(qsizetype maxHeadBytes = 64 * 1024);

    // Takes the next bytes of the connection. A Malformed or HeadTooLarge event is the last: the
    // framer stops, and so should the connection. After a head with transferEncoding the framer
    // cannot tell where the body ends, and stops too.
    QList<Event> feed(QByteArrayView bytes);
    bool isStopped() const { return m_stopped; }

    // Parses one head (request line and header lines, without the final empty line).
    static bool parseHead(QByteArrayView text, RequestHead& head);

private:
    qsizetype m_maxHead;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_stopped = false;
};

} // namespace ChoPhien
