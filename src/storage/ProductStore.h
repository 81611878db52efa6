#pragma once

#include "StorageError.h"

#include <core/Product.h>

#include <QSqlDatabase>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// Whole product records: read, create, change, archive. Every write keeps the search index and the
// audit trail (which fields changed) in the same transaction. Lists and search are in
// ProductRepository.
class ProductStore final {
public:
    static std::optional<Product> get(QSqlDatabase db, const QString& id);
    // By id, or by SKU ignoring case.
    static std::optional<Product> find(QSqlDatabase db, const QString& skuOrId);

    // The product must pass ProductValidator (checked by the caller, which shows the problems).
    static bool create(WriteTransaction& tx, const Product& product);
    // Writes the changed fields; returns their names in `changed` (empty: nothing to do).
    static bool update(WriteTransaction& tx, const Product& product, QStringList* changed = nullptr);
    // An archived product keeps its history but is no longer sold or listed; unarchive() sells it again.
    static bool archive(WriteTransaction& tx, const QString& id);
    static bool unarchive(WriteTransaction& tx, const QString& id);
    static bool setArchived(WriteTransaction& tx, const QString& id, bool archived);
    static bool skuTaken(QSqlDatabase db, const QString& sku, const QString& exceptId = {});
};

} // namespace ChoPhien
