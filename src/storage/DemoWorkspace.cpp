#include "DemoWorkspace.h"

#include "ClerkRepository.h"
#include "ProductRepository.h"
#include "StockLedger.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <core/DemoCatalogue.h>
#include <core/Ids.h>

#include <QFile>

namespace ChoPhien {
namespace {
constexpr qint64 kBatch = 5000;
}

qint64 DemoWorkspace::defaultProductCount()
{
    const auto catalogue = DemoCatalogue::load();
    return catalogue ? catalogue->seedCount() : 0;
}

StorageError DemoWorkspace::fill(Workspace& workspace, qint64 productCount, const Progress& progress)
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
                 QStringLiteral("%1 products").arg(productCount));
        if (!tx.commit())
            return tx.error();
    }
    if (StorageError error = workspace.markAsDemo(actor.clerkId))
        return error;

    for (qint64 start = 0; start < productCount; start += kBatch) {
        const qint64 end = qMin(productCount, start + kBatch);
        WriteTransaction tx(workspace.database(), actor, workspace.clock());
        for (qint64 i = start; i < end && !tx.error(); ++i) {
            const DemoProduct demo = catalogue->product(i);
            ProductSummary p;
            p.id = Ids::newId();
            p.name = demo.name;
            p.sku = demo.sku;
            p.unit = demo.unit;
            p.producer = demo.producer;
            p.price = demo.price;
            p.ocopStars = demo.ocopStars;
            if (ProductRepository::insert(tx, p) && demo.initialStock != 0)
                StockLedger::record(tx, p.id, demo.initialStock, StockLedger::Reason::Received);
        }
        if (!tx.commit())
            return tx.error();
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
    if (StorageError fillError = fill(*created.workspace, productCount, progress)) {
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
