#pragma once

#include <core/ProductSummary.h>

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace ChoPhien {

// What the product list shows: filters that combine (all must hold).
struct ProductFilter {
    enum class Status { Active, Archived, All };
    enum class Ocop { Any, Rated, NotRated, ThreeStars, FourStars, FiveStars };
    enum class Stock { Any, InStock, OutOfStock, LowStock, Expiring };

    QString category; // a category path: it and every category under it ("Nông sản" holds "Nông sản/Gạo")
    QString group; // a ProductGroup identifier; empty: any
    Ocop ocop = Ocop::Any;
    Stock stock = Stock::Any;
    Status status = Status::Active;
    // With Stock::Expiring: products with a lot that still holds stock and expires on or before this day.
    QDate expiringBy;

    // Nothing left out but archived products (the list a clerk sees first).
    bool isDefault() const
    {
        return category.isEmpty() && group.isEmpty() && ocop == Ocop::Any && stock == Stock::Any &&
               status == Status::Active;
    }
    friend bool operator==(const ProductFilter&, const ProductFilter&) = default;
};

// The column the list is ordered by; ties are broken by Vietnamese name order, then id, so that
// keyset paging never repeats or skips a row.
enum class ProductSortKey { Name, Sku, Price, Ocop };

struct ProductOrder {
    ProductSortKey key = ProductSortKey::Name;
    bool descending = false;
    friend bool operator==(const ProductOrder&, const ProductOrder&) = default;
};

// Where a page of the list ends; the next page starts after it (keyset paging, so the 2,000th page
// costs the same as the first). Valid only with the order it was read in.
struct ProductCursor {
    QVariantList keys; // the last row's sort values
    bool isStart() const { return keys.isEmpty(); }
};

struct ProductPage {
    QList<ProductSummary> rows;
    ProductCursor next; // isStart() when this was the last page
};

// A category path and how many listed (not archived) products are filed directly under it.
struct CategoryCount {
    QString path;
    qint64 products = 0;
};

// The catalogue as a filtered, ordered list read a page at a time.
class ProductList final {
public:
    // `matches`, when the caller knows it (count() of the same filter), saves counting them again to
    // choose how to read the page.
    static ProductPage page(QSqlDatabase db, const ProductFilter& filter, const ProductOrder& order,
                            const ProductCursor& after, int limit, qint64 matches = -1);
    static qint64 count(QSqlDatabase db, const ProductFilter& filter);
    // Every product `filter` lets through, in Vietnamese name order (a bulk edit by filter).
    static QStringList ids(QSqlDatabase db, const ProductFilter& filter);
    // Every category path in use, in Vietnamese order; parents appear even when only their
    // subcategories hold products (then with 0 products).
    static QList<CategoryCount> categories(QSqlDatabase db);
    // Lists show a product sold in variants once, as its parent (ADR 0006); an exact SKU or barcode
    // search also finds the variant rows.
    enum class Rows { TopLevel, VariantsToo };
    // The SQL condition (after WHERE, with ? placeholders) and values that select `filter`'s products
    // from `products p`. Shared with search, so filters also narrow a search.
    static QString condition(const ProductFilter& filter, QVariantList* values, Rows rows = Rows::TopLevel);

private:
    // Whether a category filter may read its range of the filter index, or leaves SQLite to walk the
    // sort order's index (a page of a filter many products match).
    enum class CategoryBy { Index, SortOrder };
    static QString conditionOf(const ProductFilter& filter, QVariantList* values, Rows rows,
                               CategoryBy category);
};

} // namespace ChoPhien
