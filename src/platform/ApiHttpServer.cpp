#include "ApiHttpServer.h"

#include "HttpConnection.h"
#include "HttpListener.h"
#include "Problem.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcHttp, "chophien.platform.http")
}

ApiHttpServer::ApiHttpServer(HttpService& service, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{}

quint16 ApiHttpServer::start(const QHostAddress& address, quint16 port)
{
    auto* listener = new HttpListener(m_service, this, this);
    if (!listener->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port << listener->errorString();
        delete listener;
        return 0;
    }
    bind(listener);
    return listener->serverPort();
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto* connection = qobject_cast<HttpConnection*>(socket);
    const RequestHead head = connection ? connection->takeHead() : RequestHead{};
    HttpResponse response = m_service.respond(request);
    if (request.method() == QHttpServerRequest::Method::Head) {
        // A HEAD answer has only its status and headers (RFC 9110 §9.3.2), errors included.
        response.body.clear();
        response.headers.removeIf([](const auto& header) {
            return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        });
    }
    if (connection) {
        connection->deliver(response, head.keepAlive);
        return true;
    }
    socket->write(response.toWire(head.keepAlive));
    if (!head.keepAlive)
        socket->disconnectFromHost();
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only the base class's fallback.
    Q_UNUSED(request);
    socket->write(Problem(ProblemCode::NotFound).toResponse().toWire(false));
    socket->disconnectFromHost();
}

} // namespace ChoPhien
