#pragma once

#include "FaultSpec.h"

#include <core/Clock.h>
#include <core/ListingRules.h>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <memory>

namespace ChoPhien {

class Accounts;
class AdminApi;
class ApiDispatcher;
class ApiHttpServer;
class AuthApi;
class BuyerSimulator;
class ChangesApi;
class ChangesFeed;
class EpochReset;
class FaultInjector;
class IdempotencyStore;
class Moderation;
class OrderBook;
class OrdersApi;
class PhotosApi;
class PlatformStore;
class ProductEditApi;
class ProductRecords;
class ProductsApi;
class PublishApi;
class SellerApi;
class ServerStats;
class StockApi;
class StockAdjustments;
class Tokens;
class UploadFiles;
class UploadRecords;
class UploadsApi;

// What chophien-sandbox is started with.
struct SandboxConfig {
    QString dataFolder;                             // holds sandbox.db; created when missing
    qint64 maxBodyBytes = qint64(16) * 1024 * 1024; // larger request bodies are refused with 413
    int accessTokenSeconds = 3600;
    QList<QPair<QString, QString>> users; // username, password: accounts made (or reset) at start
    int moderationDelayMs = 3000;         // a submitted listing's result (and a partner channel) after this
    QString listingRulesFile;             // moderation rule tables replacing the built-in ones (ADR 0017)
    quint32 seed = 2025;                  // the buyer simulator's generator (ADR 0016)
    int ordersPerMinute = 0;              // simulated buyers' orders; 0: only POST /admin/orders
    bool seedDemo = false;                // demo sellers with approved products in stock
    int trainees = 0;                     // trainee accounts hocvien01 … to make at start
    FaultSpec faults;                     // --faults: fault injection from the start (ADR 0018)
};

// The reference platform server (chophien-sandbox) as a library: the contract of
// docs/platform-api.yaml over HTTP/1.1, on its own SQLite database (ADR 0014).
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr const char* kApiVersion = "1.0.0";

    explicit SandboxServer(SandboxConfig config, const Clock& clock = Clock::system(),
                           QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens the data folder and its database, creates the configured accounts and purges what is
    // older than the kept history. False with errorString() on failure.
    bool open();
    // Listens on address:port (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

    QString errorString() const { return m_error; }
    // Lines to print for people once the server listens: the demo sellers' and trainees' logins.
    QStringList credentialLines() const { return m_credentialLines; }
    // Changes whenever the server's history is reset, so clients know to resynchronise.
    QString epoch() const;

    // Forgets idempotency records and changes older than 90 days, long-expired tokens and expired
    // uploads. Runs at open() and then daily.
    void purge();

private:
    void addRoutes();
    // The configured rule tables, or the built-in ones; nullopt with m_error when unreadable.
    std::optional<ListingRules> loadListingRules();
    // --seed-demo and --accounts: the logins made, their lines kept to print; false with m_error.
    bool makeAccounts();
    // Moderation reads the photos' sizes, and a photo change sends a listing back to moderation.
    void connectPhotosToModeration();
    // Fault injection, epoch reset, counters and the /admin calls.
    void addSandboxControls();

    SandboxConfig m_config;
    const Clock& m_clock;
    QString m_error;
    QStringList m_credentialLines;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Tokens> m_tokens;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ChangesFeed> m_changes;
    std::unique_ptr<ProductRecords> m_products;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    std::unique_ptr<AuthApi> m_authApi;
    std::unique_ptr<SellerApi> m_sellerApi;
    std::unique_ptr<ProductsApi> m_productsApi;
    std::unique_ptr<StockAdjustments> m_ledger;
    std::unique_ptr<StockApi> m_stockApi;
    std::unique_ptr<OrderBook> m_orders;
    std::unique_ptr<OrdersApi> m_ordersApi;
    std::unique_ptr<BuyerSimulator> m_buyers;
    std::unique_ptr<ChangesApi> m_changesApi;
    std::unique_ptr<UploadFiles> m_uploadFiles;
    std::unique_ptr<UploadRecords> m_uploads;
    std::unique_ptr<UploadsApi> m_uploadsApi;
    std::unique_ptr<PhotosApi> m_photosApi;
    std::unique_ptr<Moderation> m_moderation;
    std::unique_ptr<PublishApi> m_publishApi;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<EpochReset> m_epochReset;
    std::unique_ptr<ServerStats> m_stats;
    std::unique_ptr<AdminApi> m_adminApi;
    std::unique_ptr<ProductEditApi> m_productEditApi;
    std::unique_ptr<ApiHttpServer> m_http;
    QTimer m_dailyPurge;
};

} // namespace ChoPhien
