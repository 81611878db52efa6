#pragma once

#include "ProductList.h"

#include <core/ProductSummary.h>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ChoPhien {

class SearchQuery;
class WriteTransaction;

class ProductRepository final {
public:
    // Adds a product (its id made by the caller); the name is stored NFC with its search and sort keys.
    // Also indexes it for search in the same transaction.
    static bool insert(WriteTransaction& tx, const ProductSummary& product, const QString& description = {},
                       const QString& tags = {});

    // Lists, counts and searches show a product sold in variants once, as its parent, with the stock of
    // all its variants; only an exact SKU or barcode finds the variant row itself (ADR 0006).

    // Products not deleted, archived ones included. Lists, filters and paging are in ProductList.
    static qint64 count(QSqlDatabase db);
    // Whether the workspace has any product (archived ones too), without counting them.
    static bool hasProducts(QSqlDatabase db);

    // Products matching what was typed, best first: an exact SKU or barcode, then full-text prefix
    // matches on name, SKU, barcode, producer, tags and description (diacritic-insensitive, đ = d).
    // Only the products `filter` lets through (by default every product, archived ones too).
    static QList<ProductSummary> search(QSqlDatabase db, const SearchQuery& query, int limit,
                                        const ProductFilter& filter = everything());
    static ProductFilter everything(); // archived products too

    // The product (not deleted) whose id is `skuOrId`, else the one whose SKU it is, ignoring ASCII
    // case ("mo-500" finds "MO-500"; an exact-case SKU wins when two differ only in case).
    static std::optional<ProductSummary> find(QSqlDatabase db, const QString& skuOrId);
};

} // namespace ChoPhien
