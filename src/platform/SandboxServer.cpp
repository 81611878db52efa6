#include "SandboxServer.h"

#include <core/Ids.h>

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcSandbox, "chophien.platform.server")

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString& code,
                              const QString& message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}
} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_epoch(Ids::newId())
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addRoutes()
{
    m_http->route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("epoch"), m_epoch}});
    });
    m_http->route(QStringLiteral("/v1/health"), [] {
        return jsonError(QHttpServerResponse::StatusCode::MethodNotAllowed,
                         QStringLiteral("method_not_allowed"), QStringLiteral("GET only"));
    });
    m_http->setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        qCInfo(lcSandbox) << "no route for" << request.url().path();
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                                      {QStringLiteral("message"), QStringLiteral("no such endpoint")}}),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 SandboxServer::listen(const QHostAddress& address, quint16 port)
{
    const int bound = m_http->listen(address, port);
    if (bound <= 0) {
        qCWarning(lcSandbox) << "cannot listen on" << address.toString() << port;
        return 0;
    }
    qCInfo(lcSandbox) << "listening on" << address.toString() << bound;
    return quint16(bound);
}

} // namespace ChoPhien
