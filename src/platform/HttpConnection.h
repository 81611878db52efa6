#pragma once

#include "HttpService.h"
#include "RequestFramer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>

namespace ChoPhien {

// One client connection. Its readyRead slot is connected before QAbstractHttpServer's, so it sees
// every byte first (peek, without taking it): each request head goes to HttpService::screen()
// before the body is read. A refused request gets its answer at once and the connection is closed
// after the client stops sending; what it still sends is read and dropped, never kept.
class HttpConnection final : public QTcpSocket {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // `httpServer` is the QAbstractHttpServer whose readyRead handling is cut off on a refusal.
    HttpConnection(HttpService& service, QObject* httpServer, QObject* parent = nullptr);

    // The head of the oldest request not yet answered (QAbstractHttpServer hands requests over in
    // order). A default head when none is queued.
    RequestHead takeHead();

    // Sends an answer as its Delivery says: after its delay (on a timer, so the event loop keeps
    // serving other connections), whole, cut short or not at all; a cut answer closes the
    // connection, as does `keepAlive` false. Answers leave in the order of their requests.
    void deliver(const HttpResponse& response, bool keepAlive);

private:
    struct Outgoing {
        QByteArray wire;
        qint64 dueMs = 0; // on m_clock
        bool close = false;
    };
    void sendDue();

    void inspect();
    void refuse(const HttpResponse& response);
    void drain();

    HttpService& m_service;
    QPointer<QObject> m_httpServer;
    RequestFramer m_framer;
    QQueue<RequestHead> m_heads;
    bool m_draining = false;
    qint64 m_drained = 0;
    QTimer m_drainIdle;
    QQueue<Outgoing> m_outgoing;
    QTimer m_sendTimer;
    QElapsedTimer m_clock;
};

} // namespace ChoPhien
