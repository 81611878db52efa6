#pragma once

#include "StorageError.h"

#include <QSqlDatabase>

namespace ChoPhien {

// The full-text index (FTS5 table product_search, rowid = products.rowid) over the folded text of a
// product's searchable fields. Written by the product repository in the caller's transaction.
class ProductSearchIndex final {
public:
    struct Document {
        QString name;
        QString sku;
        QString barcode;
        QString producer;
        QString tags;
        QString description;
    };

    // Replaces the product's entry. Keys are folded here, so callers pass display text.
    static bool write(QSqlDatabase& db, qint64 productRowId, const Document& document, QSqlError* error);
    static bool remove(QSqlDatabase& db, qint64 productRowId, QSqlError* error);

    // Rebuilds the whole index from the products table (migration 3, repairs). Runs in the caller's
    // transaction.
    static StorageError rebuild(QSqlDatabase& db);
};

} // namespace ChoPhien
