#pragma once

#include "StorageError.h"

#include <functional>
#include <memory>

namespace ChoPhien {

class Workspace;

// Fills a new workspace with the demo catalogue (resources/demo/catalogue.json): the cooperative's
// clerks, `productCount` products and a "received" stock movement for each. Writes in batches, one
// transaction each, so a 100,000-product benchmark workspace is made in seconds.
class DemoWorkspace final {
public:
    // progress(done, total) is called after each batch; returning false stops (what is written stays).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static StorageError fill(Workspace& workspace, qint64 productCount, const Progress& progress = {});

    // Creates a workspace in `folder` and fills it; the first clerk is the catalogue's first one. If filling
    // fails, the new database is removed again so the folder never holds a half-made demo.
    static std::unique_ptr<Workspace> create(const QString& folder, qint64 productCount, StorageError* error,
                                             const Progress& progress = {});
    static qint64 defaultProductCount(); // the seed list, once
};

} // namespace ChoPhien
