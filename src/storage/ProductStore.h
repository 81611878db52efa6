#pragma once

#include "StorageError.h"

#include <core/Product.h>

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// Whole product records: read, create, change, archive. Every write keeps the search index and the
// audit trail (which fields changed) in the same transaction. Lists and search are in
// ProductRepository.
//
// Variants (ADR 0006) are products too: create() and update() of a variant take the shared fields
// from its parent (refusing through the transaction when the parent cannot have it), update() of a
// parent copies them on to its variants, archive() of a parent archives its variants.
class ProductStore final {
    Q_DECLARE_TR_FUNCTIONS(ProductStore)

public:
    static std::optional<Product> get(QSqlDatabase db, const QString& id);
    // By id, or by SKU ignoring case.
    static std::optional<Product> find(QSqlDatabase db, const QString& skuOrId);

    // The product must pass ProductValidator (checked by the caller, which shows the problems).
    static bool create(WriteTransaction& tx, const Product& product);
    // Writes the changed fields; returns their names in `changed` (empty: nothing to do).
    static bool update(WriteTransaction& tx, const Product& product, QStringList* changed = nullptr);
    // An archived product keeps its history but is no longer sold or listed; archiving a parent archives
    // its variants. unarchive() sells it again (its variants stay as they are).
    static bool archive(WriteTransaction& tx, const QString& id);
    static bool unarchive(WriteTransaction& tx, const QString& id);
    static bool setArchived(WriteTransaction& tx, const QString& id, bool archived);

    // A parent's variants in the order they were added.
    static QList<Product> variants(QSqlDatabase db, const QString& parentId, bool includeArchived = false);
    // Whether the product has variants (archived ones count: it stays a parent).
    static bool hasVariants(QSqlDatabase db, const QString& id);
    static bool skuTaken(QSqlDatabase db, const QString& sku, const QString& exceptId = {});
};

} // namespace ChoPhien
