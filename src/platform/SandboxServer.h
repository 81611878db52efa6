#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace ChoPhien {

// The reference platform server (chophien-sandbox) as a library. For now it answers the health
// probe; the contract (docs/platform-api.yaml) grows with the sync work.
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on address:port (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

    // Changes whenever the server's data is reset, so clients know to resynchronise.
    QString epoch() const { return m_epoch; }

private:
    void addRoutes();

    std::unique_ptr<QHttpServer> m_http;
    QString m_epoch;
};

} // namespace ChoPhien
