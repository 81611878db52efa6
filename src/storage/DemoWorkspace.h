#pragma once

#include "StorageError.h"

#include <functional>
#include <memory>

namespace ChoPhien {

class Workspace;

// Fills a new workspace with the demo catalogue (core/DemoCatalogue.h): the cooperative's clerks and
// `productCount` complete products written through the domain layer exactly as a clerk would make
// them: ProductStore::create (full record, search index, audit line), lots through
// StockLedger::receive, sales through StockLedger::sellAtMarket, thresholds through StockThresholds,
// holds through StockHolds. Writes in batches, one transaction each: a batch's products, then their stock.
//
// The same seed and size give the same catalogue (names, SKUs, prices, lots, dates relative to the
// workspace clock's day); ids are new UUIDs each time, like every record made here
// (docs/adr/0010-demo-generator.md).
class DemoWorkspace final {
public:
    // progress(done, total) is called after each batch; returning false stops (what is written stays).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr qint64 kBatch = 5000;

    // Where a fill's time went (ms): each batch writes its products (ProductStore::create: record, search
    // index, audit line), then their stock (lots, sales, thresholds, holds), then commits.
    struct Timings {
        qint64 productsMs = 0;
        qint64 stockMs = 0;
        qint64 commitMs = 0;
    };

    static StorageError fill(Workspace& workspace, qint64 productCount, const Progress& progress = {});
    static StorageError fill(Workspace& workspace, qint64 productCount, quint32 seed,
                             const Progress& progress = {}, Timings* timings = nullptr);

    // Creates a workspace in `folder` and fills it; the first clerk is the catalogue's first one. If filling
    // fails, the new database is removed again so the folder never holds a half-made demo.
    static std::unique_ptr<Workspace> create(const QString& folder, qint64 productCount, StorageError* error,
                                             const Progress& progress = {});
    static std::unique_ptr<Workspace> create(const QString& folder, qint64 productCount, quint32 seed,
                                             StorageError* error, const Progress& progress = {},
                                             Timings* timings = nullptr);
    static qint64 defaultProductCount(); // the seed list, once
};

} // namespace ChoPhien
