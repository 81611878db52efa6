#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QNetworkReply;

namespace ChoPhien::Test {

// One HTTP exchange with the platform API, as a test saw it.
struct ApiExchange {
    QByteArray method; // "GET", "PUT", "PATCH", …
    QString path;      // path and query as sent: "/v1/products/3f6c…?limit=5"
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // the response's headers as received
    QByteArray body;                              // the response body as received; empty for none
};

// Appends the platform API exchanges a test receives to the file that CHOPHIEN_API_LOG names, one
// JSON line each, for ctest api-responses-valid to check against docs/platform-api.yaml (the format
// is in tests/contract/README.md). Tests declare themselves writers in CMake (API_LOG). Safe to
// call from several threads; each line is one unbuffered append, so parallel test processes can
// share the file. Record only replies that arrived in full (not ones cut off by fault injection).
class ApiExchangeLog final {
public:
    // The log CHOPHIEN_API_LOG names; disabled (appends nothing) when it is not set.
    static ApiExchangeLog fromEnvironment();
    explicit ApiExchangeLog(const QString& path)
        : m_path(path)
    {}

    bool isEnabled() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Appends one exchange; `test` names the recorder in failure lines (default: this program's
    // name). False when the line could not be written; true (and nothing written) when disabled.
    bool append(const ApiExchange& exchange, const QString& test = {}) const;
    // The same for a finished reply whose body the test has read (readAll() empties the reply).
    bool append(const QNetworkReply& reply, const QByteArray& body, const QString& test = {}) const;

    static ApiExchange exchangeOf(const QNetworkReply& reply, const QByteArray& body);
    // The JSON line, with its final newline. A body that is not JSON is recorded as null.
    static QByteArray line(const ApiExchange& exchange, const QString& test);

private:
    QString m_path;
};

} // namespace ChoPhien::Test
