#include "HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ChoPhien {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject& body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray& compactJson)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = compactJson;
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse& HttpResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponse::toWire(bool keepAlive) const
{
    QByteArray wire;
    wire.reserve(160 + body.size());
    wire += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        wire += name + ": " + value + "\r\n";
    // 204 and 1xx carry no body and no length (RFC 9110 §8.6).
    if (status != 204 && status >= 200)
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    wire += body;
    return wire;
}

QByteArray HttpResponse::deliveredWire(bool keepAlive) const
{
    switch (delivery.cut) {
    case Delivery::Cut::Drop:
        return {};
    case Delivery::Cut::Truncate:
        return toWire(keepAlive).chopped(body.size() - body.size() / 2);
    case Delivery::Cut::None:
        break;
    }
    return toWire(keepAlive);
}

QByteArray entityTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace ChoPhien
