#pragma once

#include <core/ProductSummary.h>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ChoPhien {

class SearchQuery;
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
    // Also indexes it for search in the same transaction.
    static bool insert(WriteTransaction& tx, const ProductSummary& product, const QString& description = {},
                       const QString& tags = {});

    // Lists, counts and searches show a product sold in variants once, as its parent, with the stock of
    // all its variants; only an exact SKU or barcode finds the variant row itself (ADR 0006).

    // Products in Vietnamese name order, `limit` at a time, with on-hand stock.
    static ProductPage page(QSqlDatabase db, const ProductCursor& after, int limit);
    static qint64 count(QSqlDatabase db);

    // Products matching what was typed, best first: an exact SKU or barcode, then full-text prefix
    // matches on name, SKU, barcode, producer, tags and description (diacritic-insensitive, đ = d).
    static QList<ProductSummary> search(QSqlDatabase db, const SearchQuery& query, int limit);

    // The product (not deleted) whose id is `skuOrId`, else the one whose SKU it is, ignoring ASCII
    // case ("mo-500" finds "MO-500"; an exact-case SKU wins when two differ only in case).
    static std::optional<ProductSummary> find(QSqlDatabase db, const QString& skuOrId);
};

} // namespace ChoPhien
