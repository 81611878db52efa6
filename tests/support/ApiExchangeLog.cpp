#include "ApiExchangeLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkReply>

namespace ChoPhien::Test {
namespace {
QMutex g_appendMutex;

QByteArray methodOf(const QNetworkReply& reply)
{
    switch (reply.operation()) {
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    default:
        return reply.request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().toUpper();
    }
}
} // namespace

ApiExchangeLog ApiExchangeLog::fromEnvironment()
{
    return ApiExchangeLog(qEnvironmentVariable("CHOPHIEN_API_LOG"));
}

ApiExchange ApiExchangeLog::exchangeOf(const QNetworkReply& reply, const QByteArray& body)
{
    ApiExchange exchange;
    exchange.method = methodOf(reply);
    exchange.path = reply.url().path(QUrl::FullyEncoded);
    if (reply.url().hasQuery())
        exchange.path += u'?' + reply.url().query(QUrl::FullyEncoded);
    exchange.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.headers = reply.rawHeaderPairs();
    exchange.body = body;
    return exchange;
}

QByteArray ApiExchangeLog::line(const ApiExchange& exchange, const QString& test)
{
    QJsonObject headers;
    for (const auto& [name, value] : exchange.headers) {
        const QString key = QString::fromLatin1(name);
        const QString text = QString::fromLatin1(value);
        // A repeated header is one header with its values comma-separated (RFC 9110 §5.3).
        headers.insert(key, headers.contains(key) ? headers.value(key).toString() + u", " + text : text);
    }
    QJsonObject object{{QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                       {QStringLiteral("path"), exchange.path},
                       {QStringLiteral("status"), exchange.status},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body"), QJsonValue::Null}};
    const QJsonDocument body = QJsonDocument::fromJson(exchange.body);
    if (body.isObject())
        object.insert(QStringLiteral("body"), body.object());
    else if (body.isArray())
        object.insert(QStringLiteral("body"), body.array());
    if (!test.isEmpty())
        object.insert(QStringLiteral("test"), test);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool ApiExchangeLog::append(const ApiExchange& exchange, const QString& test) const
{
    if (!isEnabled())
        return true;
    const QByteArray text = line(exchange, test.isEmpty() ? QCoreApplication::applicationName() : test);
    QMutexLocker lock(&g_appendMutex);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    return file.write(text) == text.size();
}

bool ApiExchangeLog::append(const QNetworkReply& reply, const QByteArray& body, const QString& test) const
{
    return append(exchangeOf(reply, body), test);
}

} // namespace ChoPhien::Test
