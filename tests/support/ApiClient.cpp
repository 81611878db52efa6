#include "ApiClient.h"

#include "ApiExchangeLog.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>

namespace ChoPhien::Test {

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ApiReply::describe() const
{
    return QByteArray::number(status) + ' ' + body.left(2000);
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

ApiClient::ApiClient(QUrl base, QString test)
    : m_base(std::move(base))
    , m_test(std::move(test))
{}

ApiReply ApiClient::login(const QString& username, const QString& password)
{
    const QJsonObject credentials{{QStringLiteral("username"), username},
                                  {QStringLiteral("password"), password}};
    const QString kept = m_token;
    m_token.clear();
    ApiReply reply = send("POST", QStringLiteral("/v1/auth/token"),
                          QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    m_token = reply.status == 200 ? reply.json().value(u"access_token").toString() : kept;
    return reply;
}

QNetworkReply* ApiClient::start(const QByteArray& method, const QString& path, const QByteArray& body,
                                const Headers& headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(30000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

ApiReply ApiClient::finish(QNetworkReply* reply, int timeoutMs)
{
    ApiReply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs)) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
            reply->deleteLater();
            return result;
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.body = reply->readAll();
    // An answer cut short (sandbox fault injection: truncate) is not a complete exchange to check.
    const bool cutShort =
        result.error > QNetworkReply::NoError && result.error < QNetworkReply::ContentAccessDenied;
    if (result.status != 0 && !cutShort)
        ApiExchangeLog::fromEnvironment().append(*reply, result.body, m_test);
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const Headers& headers)
{
    return finish(start(method, path, body, headers), 10000);
}

ApiReply ApiClient::write(const QByteArray& method, const QString& path, const QJsonObject& body,
                          const QByteArray& key, qint64 ifMatch)
{
    Headers headers{{QByteArrayLiteral("Idempotency-Key"), key}};
    if (ifMatch > 0)
        headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(ifMatch) + '"'});
    return send(method, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace ChoPhien::Test
