#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

namespace ChoPhien::Test {

// One HTTP response as bytes off a socket.
struct RawResponse {
    int status = 0;     // 0 when no status line arrived
    QByteArray head;    // status line and headers, without the blank line
    QByteArray body;    // Content-Length bytes (as many as arrived when cut short)
    bool whole = false; // the head and every announced body byte arrived

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
};

// Parses the response at the front of `bytes`; `used` (when given) gets its length in bytes.
RawResponse parseRawResponse(const QByteArray& bytes, qsizetype* used = nullptr);

// A raw TCP connection to chophien-sandbox, for what QNetworkAccessManager cannot send (huge heads,
// chunked bodies, Expect, HTTP/1.0, garbage). Every whole answer to a request whose line it saw
// goes to ApiExchangeLog, so api-responses-valid checks these answers against the contract too.
class RawHttp final {
public:
    RawHttp(QUrl base, QString test);

    bool connect(int timeoutMs = 5000);
    QTcpSocket& socket() { return m_socket; }
    // Writes bytes; a request line among them ("PUT /v1/… HTTP/1.1") is what the next answer is to.
    void send(const QByteArray& bytes);
    // Waits for one whole response (or the timeout, or the connection closing).
    RawResponse read(int timeoutMs = 10000);
    // Reads whatever arrives until the server closes the connection (or the timeout).
    QByteArray readUntilClosed(int timeoutMs = 10000);
    // Records `response` as the answer to the last request line sent (only when whole and final).
    void record(const RawResponse& response) const;

private:
    QUrl m_base;
    QString m_test;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_method;
    QString m_path;
};

} // namespace ChoPhien::Test
