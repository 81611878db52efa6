#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QJsonObject;
class QJsonValue;

namespace ChoPhien {

// One HTTP/1.1 response as the sandbox writes it on the socket, byte for byte. The sandbox writes
// responses itself (not through QHttpServerResponder) so it decides every byte: the idempotency
// store replays them exactly, and fault injection can cut them short.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    QByteArray body;

    // How the HTTP front delivers the answer: sandbox fault injection may delay it, cut its body
    // in half, or drop it (close without answering). Not part of what the idempotency store keeps.
    struct Delivery {
        enum class Cut { None, Truncate, Drop };
        int delayMs = 0;
        Cut cut = Cut::None;
    };
    Delivery delivery;

    static HttpResponse json(int status, const QJsonObject& body);
    static HttpResponse json(int status, const QByteArray& compactJson);
    static HttpResponse empty(int status);

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value);
    // The first value of `name` (case-insensitive), or empty.
    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }

    // The status line, headers, an empty line and the body. `keepAlive` false adds Connection: close.
    QByteArray toWire(bool keepAlive) const;
    // The same bytes as toWire(), cut as `delivery` says (nothing for Drop, half the body for
    // Truncate, with the full Content-Length).
    QByteArray deliveredWire(bool keepAlive) const;
};

// `"7"`: a version as a strong entity tag.
QByteArray entityTag(qint64 version);

} // namespace ChoPhien
