#include "SandboxServer.h"

#include "Accounts.h"
#include "AdminApi.h"
#include "ApiDispatcher.h"
#include "ApiHttpServer.h"
#include "AuthApi.h"
#include "BuyerSimulator.h"
#include "ChangesApi.h"
#include "ChangesFeed.h"
#include "DemoSellers.h"
#include "EpochReset.h"
#include "FaultInjector.h"
#include "IdempotencyStore.h"
#include "Moderation.h"
#include "OrderBook.h"
#include "OrdersApi.h"
#include "PhotosApi.h"
#include "PlatformStore.h"
#include "ProductEditApi.h"
#include "ProductRecords.h"
#include "ProductsApi.h"
#include "PublishApi.h"
#include "SellerApi.h"
#include "ServerStats.h"
#include "StockAdjustments.h"
#include "StockApi.h"
#include "Tokens.h"
#include "TraineeAccounts.h"
#include "UploadFiles.h"
#include "UploadRecords.h"
#include "UploadsApi.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcSandbox, "chophien.platform.server")

constexpr int kDayMs = 24 * 60 * 60 * 1000;
} // namespace

SandboxServer::SandboxServer(SandboxConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_dailyPurge.setInterval(kDayMs);
    connect(&m_dailyPurge, &QTimer::timeout, this, &SandboxServer::purge);
}

SandboxServer::~SandboxServer()
{
    // The HTTP front goes first: no request may reach the APIs while they are taken down.
    m_http.reset();
}

bool SandboxServer::open()
{
    m_store = std::make_unique<PlatformStore>(m_config.dataFolder);
    if (!m_store->open()) {
        m_error = m_store->errorString();
        return false;
    }
    m_accounts = std::make_unique<Accounts>(*m_store);
    const QString now = toStoredTime(m_clock.now());
    for (const auto& [username, password] : std::as_const(m_config.users)) {
        QString error;
        if (!m_accounts->ensure(username, password, now, &error)) {
            m_error = QStringLiteral("cannot create the account %1: %2").arg(username, error);
            return false;
        }
    }
    m_tokens = std::make_unique<Tokens>(*m_store, m_config.accessTokenSeconds);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_store);
    m_changes = std::make_unique<ChangesFeed>(*m_store);
    m_products = std::make_unique<ProductRecords>(*m_store);
    m_dispatcher =
        std::make_unique<ApiDispatcher>(*m_store, *m_tokens, *m_idempotency, m_clock, m_config.maxBodyBytes);
    m_authApi = std::make_unique<AuthApi>(*m_store, *m_accounts, *m_tokens);
    m_sellerApi = std::make_unique<SellerApi>(*m_store);
    m_productsApi = std::make_unique<ProductsApi>(*m_products, *m_changes);
    m_ledger = std::make_unique<StockAdjustments>(*m_store, *m_products, *m_changes);
    m_stockApi = std::make_unique<StockApi>(*m_products, *m_ledger);
    m_changesApi = std::make_unique<ChangesApi>(*m_changes);
    m_uploadFiles = std::make_unique<UploadFiles>(m_config.dataFolder);
    if (!m_uploadFiles->open()) {
        m_error = QStringLiteral("cannot create the upload folders in %1").arg(m_config.dataFolder);
        return false;
    }
    m_uploads = std::make_unique<UploadRecords>(*m_store);
    m_uploadsApi = std::make_unique<UploadsApi>(*m_store, *m_uploads, *m_uploadFiles);
    m_photosApi = std::make_unique<PhotosApi>(*m_products, *m_uploads, *m_uploadFiles, *m_changes);
    std::optional<ListingRules> rules = loadListingRules();
    if (!rules)
        return false;
    m_moderation = std::make_unique<Moderation>(*m_store, *m_products, *m_changes, *m_sellerApi,
                                                std::move(*rules), m_clock, m_config.moderationDelayMs);
    m_productsApi->setModeration(m_moderation.get());
    m_publishApi = std::make_unique<PublishApi>(*m_products, *m_moderation);
    m_orders = std::make_unique<OrderBook>(*m_store, *m_ledger, *m_changes);
    m_ordersApi = std::make_unique<OrdersApi>(*m_orders);
    m_buyers = std::make_unique<BuyerSimulator>(*m_store, *m_products, *m_orders, m_clock, m_config.seed);
    if (!makeAccounts())
        return false;
    connectPhotosToModeration();
    addSandboxControls();
    addRoutes();
    purge();
    m_dailyPurge.start();
    m_moderation->start(); // listings left pending by the last run
    m_buyers->setOrdersPerMinute(m_config.ordersPerMinute);
    return true;
}

bool SandboxServer::makeAccounts()
{
    QList<Credential> demo;
    if (m_config.seedDemo) {
        demo = DemoSellers(*m_store, *m_accounts, *m_products, *m_ledger, *m_changes, *m_uploadFiles,
                           m_moderation->rules())
                   .seed(m_clock.now().toUTC(), &m_error);
        if (demo.isEmpty())
            return false;
    }
    for (const Credential& c : std::as_const(demo))
        m_credentialLines.append(
            QStringLiteral("demo seller: %1 %2 (%3)").arg(c.username, c.password, c.name));
    if (m_config.trainees > 0) {
        const QList<Credential> trainees =
            TraineeAccounts(*m_store, *m_accounts)
                .ensure(m_config.trainees, toStoredTime(m_clock.now()), &m_error);
        if (trainees.isEmpty())
            return false;
        for (const Credential& c : trainees)
            m_credentialLines.append(QStringLiteral("trainee: %1 %2").arg(c.username, c.password));
    }
    return true;
}

void SandboxServer::connectPhotosToModeration()
{
    m_moderation->setPhotoFacts([this](const QString& productId) {
        bool ok = true;
        QList<PhotoFacts> facts;
        for (const PhotoRow& photo : m_products->photos().forProduct(productId, ok))
            facts.append({photo.contentType, photo.width, photo.height});
        return facts;
    });
    // Attaching or removing a photo sends a listing in moderation or on sale to moderation again.
    m_photosApi->setPhotosChanged([this](const ApiRequest& request, const QString& productId) {
        bool ok = true;
        std::optional<ProductRow> row = m_products->find(productId, ok);
        if (!row)
            return false;
        const QString listing = row->listing.value(u"status").toString();
        return (listing != u"pending" && listing != u"approved") ||
               m_moderation->submit(*row, request.nowText, request.nowMs);
    });
}

std::optional<ListingRules> SandboxServer::loadListingRules()
{
    if (m_config.listingRulesFile.isEmpty())
        return ListingRules::builtIn();
    QFile file(m_config.listingRulesFile);
    QString error = file.errorString();
    std::optional<ListingRules> rules;
    if (file.open(QIODevice::ReadOnly))
        rules = ListingRules::fromJson(file.readAll(), &error);
    if (!rules)
        m_error =
            QStringLiteral("cannot read the listing rules %1: %2").arg(m_config.listingRulesFile, error);
    return rules;
}

void SandboxServer::addRoutes()
{
    Router& router = m_dispatcher->router();
    router.add("GET", QStringLiteral("/v1/health"),
               {[this](ApiRequest& request) {
                    return HttpResponse::json(
                        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                         {QStringLiteral("epoch"), epoch()},
                                         {QStringLiteral("server_time"), request.nowText},
                                         {QStringLiteral("api_version"), QString::fromLatin1(kApiVersion)}});
                },
                false});
    m_authApi->addRoutes(router);
    m_sellerApi->addRoutes(router);
    m_productsApi->addRoutes(router);
    m_stockApi->addRoutes(router);
    m_changesApi->addRoutes(router);
    m_uploadsApi->addRoutes(router);
    m_photosApi->addRoutes(router);
    m_publishApi->addRoutes(router);
    m_ordersApi->addRoutes(router);
    m_buyers->addRoutes(router);
    m_adminApi->addRoutes(router);
    m_productEditApi->addRoutes(router);
}

void SandboxServer::addSandboxControls()
{
    m_faults = std::make_unique<FaultInjector>(m_config.faults);
    m_stats = std::make_unique<ServerStats>(m_clock.now().toUTC());
    m_epochReset = std::make_unique<EpochReset>(*m_store, *m_changes);
    // Wiping keeps accounts, seller identities and tokens; each owner of seller data adds its step.
    m_epochReset->addWipeStatements(
        {QStringLiteral("DELETE FROM stock_adjustments"), QStringLiteral("DELETE FROM products")});
    m_epochReset->addWipeStatements({QStringLiteral("DELETE FROM idempotency")});
    // Their files go with the next purge's sweep (a file is removed only once no record names it).
    m_epochReset->addWipeStatements(
        {QStringLiteral("DELETE FROM photos"), QStringLiteral("DELETE FROM uploads")});
    m_epochReset->addWipeStatements({QStringLiteral("DELETE FROM listing_jobs")}); // the moderation queue
    m_epochReset->addWipeStatements({QStringLiteral("DELETE FROM orders")});
    m_stats->addCount(QStringLiteral("sellers"),
                      ServerStats::sqlCount(*m_store, QStringLiteral("SELECT count(*) FROM sellers")));
    m_stats->addCount(
        QStringLiteral("products"),
        ServerStats::sqlCount(*m_store, QStringLiteral("SELECT count(*) FROM products WHERE deleted = 0")));
    m_stats->addCount(QStringLiteral("idempotency_records"),
                      ServerStats::sqlCount(*m_store, QStringLiteral("SELECT count(*) FROM idempotency")));
    m_stats->addCount(QStringLiteral("changes"), [this] { return m_changes->count(); });
    m_stats->addCount(QStringLiteral("orders"),
                      ServerStats::sqlCount(*m_store, QStringLiteral("SELECT count(*) FROM orders")));
    m_stats->addCount(QStringLiteral("uploads"),
                      ServerStats::sqlCount(*m_store, QStringLiteral("SELECT count(*) FROM uploads")));
    m_dispatcher->setSandboxControls(m_faults.get(), m_epochReset.get(), m_stats.get());
    m_adminApi = std::make_unique<AdminApi>(*m_faults, *m_epochReset, *m_stats, *m_changes);
    m_productEditApi = std::make_unique<ProductEditApi>(*m_store, *m_products, *m_changes);
}

quint16 SandboxServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_dispatcher) {
        m_error = QStringLiteral("the sandbox is not open");
        return 0;
    }
    m_http = std::make_unique<ApiHttpServer>(*m_dispatcher);
    const quint16 bound = m_http->start(address, port);
    if (bound == 0)
        m_error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    else
        qCInfo(lcSandbox) << "listening on" << address.toString() << bound;
    return bound;
}

QString SandboxServer::epoch() const
{
    return m_changes ? m_changes->epoch() : QString();
}

void SandboxServer::purge()
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const int records = m_idempotency->purge(nowMs);
    m_tokens->purge(nowMs);
    m_changes->purge(nowMs);
    m_uploadsApi->purge(nowMs);
    if (records > 0)
        qCInfo(lcSandbox) << "forgot" << records << "idempotency records older than 90 days";
}

} // namespace ChoPhien
