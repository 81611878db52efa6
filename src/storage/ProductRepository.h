#pragma once

#include <core/ProductSummary.h>

#include <QList>
#include <QSqlDatabase>

namespace ChoPhien {

class WriteTransaction;

// Where a page of the catalogue ends; the next page starts after it (keyset paging, so the 2,000th
// page costs the same as the first).
struct ProductCursor {
    QString sortKey;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

struct ProductPage {
    QList<ProductSummary> rows;
    ProductCursor next; // isStart() when this was the last page
};

class ProductRepository final {
public:
    // Adds a product (its id made by the caller); the name is stored NFC with its search and sort keys.
    static bool insert(WriteTransaction& tx, const ProductSummary& product, const QString& description = {});

    // Products in Vietnamese name order, `limit` at a time, with on-hand stock.
    static ProductPage page(QSqlDatabase db, const ProductCursor& after, int limit);
    static qint64 count(QSqlDatabase db);
};

} // namespace ChoPhien
