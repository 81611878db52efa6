#include "DemoWorkspace.h"

#include "ClerkRepository.h"
#include "ProductStore.h"
#include "StockHolds.h"
#include "StockLedger.h"
#include "StockThresholds.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <core/DemoCatalogue.h>
#include <core/Ids.h>

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace ChoPhien {
namespace {

// One demo product through the domain layer, as the product editor writes it; gives it its id.
bool writeProduct(WriteTransaction& tx, Product& product)
{
    product.id = Ids::newId();
    if (const QList<ProductProblem> problems = ProductValidator::check(product); !problems.isEmpty())
        return tx.fail(
            QSqlError(QStringLiteral("demo product %1: %2").arg(product.sku, problems.constFirst().message),
                      {}, QSqlError::StatementError));
    return ProductStore::create(tx, product);
}

// Its stock story, as the Stock page writes it.
bool writeStock(WriteTransaction& tx, const DemoProduct& demo)
{
    const Product& product = demo.product;
    for (const DemoLot& lot : demo.lots) {
        LotDetails details;
        details.code = lot.code;
        details.harvestedOn = lot.harvestedOn;
        details.producedOn = lot.producedOn;
        details.expiresOn = lot.expiresOn;
        details.supplier = lot.supplier;
        if (!StockLedger::receive(tx, product.id, lot.quantity, details))
            return false;
    }
    if (demo.sold > 0 && !StockLedger::sellAtMarket(tx, product.id, demo.sold))
        return false;
    if (demo.threshold > 0 && !StockThresholds::set(tx, product.id, demo.threshold))
        return false;
    return demo.held <= 0 || StockHolds::hold(tx, product.id, demo.held, demo.heldFor);
}

} // namespace

qint64 DemoWorkspace::defaultProductCount()
{
    const auto catalogue = DemoCatalogue::load();
    return catalogue ? catalogue->seedCount() : 0;
}

StorageError DemoWorkspace::fill(Workspace& workspace, qint64 productCount, const Progress& progress)
{
    return fill(workspace, productCount, DemoCatalogue::kDefaultSeed, progress);
}

StorageError DemoWorkspace::fill(Workspace& workspace, qint64 productCount, quint32 seed,
                                 const Progress& progress, Timings* timings)
{
    QString loadError;
    const auto catalogue = DemoCatalogue::load(&loadError);
    if (!catalogue)
        return StorageError(StorageError::Kind::Failed, loadError);

    QList<Clerk> clerks = ClerkRepository::active(workspace.database());
    if (clerks.isEmpty())
        return StorageError(StorageError::Kind::Failed, QStringLiteral("workspace has no clerk"));
    const Actor actor{clerks.first().id};

    {
        WriteTransaction tx(workspace.database(), actor, workspace.clock());
        const QStringList names = catalogue->clerkNames();
        for (const QString& name : names) {
            const bool exists =
                std::any_of(clerks.cbegin(), clerks.cend(), [&](const Clerk& c) { return c.name == name; });
            if (!exists)
                ClerkRepository::add(tx, Clerk::create(name, QString(), workspace.clock().now()));
        }
        tx.audit(QStringLiteral("demo_fill"), QStringLiteral("workspace"), {},
                 QStringLiteral("%1 products, seed %2").arg(productCount).arg(seed));
        if (!tx.commit())
            return tx.error();
    }
    if (StorageError error = workspace.markAsDemo(actor.clerkId))
        return error;

    const QDate today = workspace.clock().now().toLocalTime().date(); // the day StockLedger calls today
    // A batch touches pages of every product and stock index: keep them in memory (64 MB) rather
    // than spilling them to the WAL mid-transaction; the connection's usual cache comes back after.
    QSqlQuery pragma(workspace.database());
    const qint64 cacheSize = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()
                                 ? pragma.value(0).toLongLong()
                                 : -2000;
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache = qScopeGuard([&] {
        QSqlQuery(workspace.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    // Each batch writes its products, then their stock stories, and commits: the search index takes
    // the batch's products in one go (FTS5 writes what it holds pending whenever a statement with
    // triggers, like a stock movement, starts), and the two parts can be timed apart.
    QElapsedTimer clock;
    for (qint64 start = 0; start < productCount; start += kBatch) {
        const qint64 end = qMin(productCount, start + kBatch);
        clock.start();
        WriteTransaction tx(workspace.database(), actor, workspace.clock());
        QList<DemoProduct> batch;
        batch.reserve(end - start);
        for (qint64 i = start; i < end && !tx.error(); ++i) {
            batch.append(catalogue->product(i, seed, today));
            writeProduct(tx, batch.last().product);
        }
        const qint64 productsMs = clock.restart();
        for (qsizetype i = 0; i < batch.size() && !tx.error(); ++i)
            writeStock(tx, batch.at(i));
        const qint64 stockMs = clock.restart();
        if (!tx.commit())
            return tx.error();
        if (timings) {
            timings->productsMs += productsMs;
            timings->stockMs += stockMs;
            timings->commitMs += clock.elapsed();
        }
        if (progress && !progress(end, productCount))
            break;
    }
    return {};
}

} // namespace ChoPhien

namespace ChoPhien {

std::unique_ptr<Workspace> DemoWorkspace::create(const QString& folder, qint64 productCount,
                                                 StorageError* error, const Progress& progress)
{
    return create(folder, productCount, DemoCatalogue::kDefaultSeed, error, progress);
}

std::unique_ptr<Workspace> DemoWorkspace::create(const QString& folder, qint64 productCount, quint32 seed,
                                                 StorageError* error, const Progress& progress,
                                                 Timings* timings)
{
    QString loadError;
    const auto catalogue = DemoCatalogue::load(&loadError);
    if (!catalogue || catalogue->clerkNames().isEmpty()) {
        *error = StorageError(StorageError::Kind::Failed, loadError);
        return nullptr;
    }
    auto created = Workspace::create(folder, catalogue->clerkNames().constFirst());
    if (created.error) {
        *error = created.error;
        return nullptr;
    }
    if (StorageError fillError = fill(*created.workspace, productCount, seed, progress, timings)) {
        const QString dbPath = created.workspace->databasePath();
        created.workspace.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        *error = fillError;
        return nullptr;
    }
    *error = {};
    return std::move(created.workspace);
}

} // namespace ChoPhien
