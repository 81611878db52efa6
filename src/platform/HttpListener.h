#pragma once

#include "HttpService.h"

#include <QPointer>
#include <QTcpServer>

namespace ChoPhien {

// A QTcpServer whose connections are HttpConnections, so each request head is screened before
// QAbstractHttpServer reads its body.
class HttpListener final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(HttpService& service, QObject* httpServer, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    HttpService& m_service;
    QPointer<QObject> m_httpServer;
};

} // namespace ChoPhien
