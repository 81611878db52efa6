#include "HttpListener.h"

#include "HttpConnection.h"

namespace ChoPhien {

HttpListener::HttpListener(HttpService& service, QObject* httpServer, QObject* parent)
    : QTcpServer(parent)
    , m_service(service)
    , m_httpServer(httpServer)
{}

void HttpListener::incomingConnection(qintptr handle)
{
    auto* connection = new HttpConnection(m_service, m_httpServer.data(), this);
    if (!connection->setSocketDescriptor(handle)) {
        delete connection;
        return;
    }
    connection->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(connection);
}

} // namespace ChoPhien
