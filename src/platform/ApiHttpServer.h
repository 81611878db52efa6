#pragma once

#include "HttpService.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace ChoPhien {

// The sandbox's HTTP/1.1 front: QHttpServer 6.4's parser (QAbstractHttpServer) on an HttpListener,
// so request heads are screened before bodies are buffered, and every response written by hand.
class ApiHttpServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    explicit ApiHttpServer(HttpService& service, QObject* parent = nullptr);

    // Listens on address:port (0 picks a free port). Returns the port, or 0 on failure.
    quint16 start(const QHostAddress& address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpService& m_service;
};

} // namespace ChoPhien
