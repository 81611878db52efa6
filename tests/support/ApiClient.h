#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ChoPhien::Test {

// One HTTP answer as a test saw it. status 0: no HTTP answer (see error).
struct ApiReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // The problem's machine code, or empty.
    QString code() const { return json().value(u"code").toString(); }
    // "<status> <body>" for failure messages.
    QByteArray describe() const;
};

// A client of the platform API over real HTTP (QNetworkAccessManager), as one seller. Every answer
// received in full goes to ApiExchangeLog (CHOPHIEN_API_LOG), for ctest api-responses-valid to
// check against docs/platform-api.yaml.
class ApiClient final {
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `test` names the recording test in the exchange log.
    ApiClient(QUrl base, QString test);

    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    // POST /v1/auth/token; keeps the access token. The reply (200 on success).
    ApiReply login(const QString& username, const QString& password);

    // Sends and waits (10 s). A JSON body gets Content-Type: application/json; the bearer token
    // goes along when one is set.
    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const Headers& headers = {});
    // Starts a request without waiting, for requests in parallel; finish() collects it.
    QNetworkReply* start(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const Headers& headers = {});
    ApiReply finish(QNetworkReply* reply, int timeoutMs = 30000);

    // Shorthands: a write with an Idempotency-Key (and If-Match when `ifMatch` > 0).
    ApiReply write(const QByteArray& method, const QString& path, const QJsonObject& body,
                   const QByteArray& key, qint64 ifMatch = 0);
    ApiReply get(const QString& path) { return send("GET", path); }

    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    QString m_test;
    QString m_token;
    QNetworkAccessManager m_network;
};

// A fresh Idempotency-Key (a UUID).
QByteArray newKey();

} // namespace ChoPhien::Test
