#include "ProductList.h"

#include "ProductSummaryRow.h"

#include <core/VietnameseText.h>

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcProductList, "chophien.storage.productlist")

// The ORDER BY columns of each sort, matching the indexes of migration 6 (list orders).
QStringList sortColumns(ProductSortKey key)
{
    switch (key) {
    case ProductSortKey::Sku:
        return {QStringLiteral("upper(p.sku)"), QStringLiteral("p.id")};
    case ProductSortKey::Price:
        return {QStringLiteral("p.price_dong"), QStringLiteral("p.name_sort"), QStringLiteral("p.id")};
    case ProductSortKey::Ocop:
        return {QStringLiteral("p.ocop_stars"), QStringLiteral("p.name_sort"), QStringLiteral("p.id")};
    case ProductSortKey::Name:
        break;
    }
    return {QStringLiteral("p.name_sort"), QStringLiteral("p.id")};
}

// The products on sale have one index holding every filter column (migration 11): counting the
// matches of a filter, or gathering them, reads that index alone.
const QString kOnSaleFilters = QStringLiteral("products p INDEXED BY products_on_sale_filters");

// Up to this many matches, a page is read by gathering the matches from the filter index and sorting
// them; beyond it, by walking the sort order's index and skipping the rows that do not match (which,
// for a filter that leaves few, would visit nearly every product for each page).
constexpr int kGatherUpTo = 4000;
// A category filter in name order merges the first rows of each category under it, up to this many.
constexpr int kMergeUpTo = 40;

// The category paths in use on sale from `path` down, hopping from one to the next through
// products_on_sale_by_category (one index seek each); empty when there are more than `upTo`.
QStringList categoriesUnder(QSqlDatabase db, const QString& path, int upTo)
{
    const QString onSale = QStringLiteral("FROM products INDEXED BY products_on_sale_by_category WHERE "
                                          "deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"WITH RECURSIVE c(category) AS (SELECT min(category) " + onSale +
              u" AND category >= ? AND category < ? UNION ALL SELECT (SELECT "
              u"min(category) " +
              onSale +
              u" AND category > c.category AND category < ?) FROM c WHERE c.category IS NOT NULL) "
              u"SELECT category FROM c WHERE category IS NOT NULL LIMIT ?");
    q.addBindValue(path);
    q.addBindValue(QString(path + u'0'));
    q.addBindValue(QString(path + u'0'));
    q.addBindValue(upTo + 1);
    QStringList paths;
    if (!q.exec()) { // the page is still read, by walking the name order
        qCWarning(lcProductList) << "categories under" << path << q.lastError().text();
        return {};
    }
    while (q.next())
        paths.append(q.value(0).toString());
    // (a path between "X" and "X0" that is neither X nor under it, "X khác", counts towards upTo)
    if (paths.size() > upTo)
        return {};
    // The hop from "X" may pass through "X khác" (between "X" and "X/"): keep X and X/… only.
    paths.removeIf([&](const QString& c) { return c != path && !c.startsWith(path + u'/'); });
    return paths;
}

bool narrows(const ProductFilter& filter)
{
    return !filter.category.trimmed().isEmpty() || !filter.group.isEmpty() ||
           filter.ocop != ProductFilter::Ocop::Any || filter.stock != ProductFilter::Stock::Any;
}

qint64 countWhere(QSqlDatabase db, const QString& from, const QString& where, const QVariantList& values,
                  qint64 upTo = -1)
{
    QSqlQuery q(db);
    QString sql = u"SELECT 1 FROM " + from + u" WHERE " + where;
    if (upTo >= 0)
        sql += u" LIMIT " + QString::number(upTo);
    q.prepare(u"SELECT count(*) FROM (" + sql + u')');
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

QString ProductList::condition(const ProductFilter& filter, QVariantList* values, Rows rows)
{
    return conditionOf(filter, values, rows, CategoryBy::Index);
}

QString ProductList::conditionOf(const ProductFilter& filter, QVariantList* values, Rows rows,
                                 CategoryBy category)
{
    QStringList terms{QStringLiteral("p.deleted_at IS NULL")};
    if (rows == Rows::TopLevel)
        terms.append(QStringLiteral("p.parent_id IS NULL"));
    switch (filter.status) {
    case ProductFilter::Status::Active:
        terms.append(QStringLiteral("p.archived_at IS NULL"));
        break;
    case ProductFilter::Status::Archived:
        terms.append(QStringLiteral("p.archived_at IS NOT NULL"));
        break;
    case ProductFilter::Status::All:
        break;
    }
    const QString path = VietnameseText::normalized(filter.category.trimmed());
    if (!path.isEmpty()) {
        // The category and the paths under it ("X/" up to, not including, "X0": '0' follows '/'), as
        // one range of the filter index ("X" to "X0") and a test on the index entry within it. The
        // unary + keeps SQLite from reading that range when the page is to walk the sort order.
        const QString column =
            category == CategoryBy::Index ? QStringLiteral("p.category") : QStringLiteral("+p.category");
        terms.append(QStringLiteral("%1 >= ? AND %1 < ? AND (%1 = ? OR %1 >= ?)").arg(column));
        *values << path << QString(path + u'0') << path << QString(path + u'/');
    }
    if (!filter.group.isEmpty()) {
        terms.append(QStringLiteral("p.product_group = ?"));
        *values << filter.group;
    }
    switch (filter.ocop) {
    case ProductFilter::Ocop::Rated:
        terms.append(QStringLiteral("p.ocop_stars > 0"));
        break;
    case ProductFilter::Ocop::NotRated:
        terms.append(QStringLiteral("p.ocop_stars = 0"));
        break;
    case ProductFilter::Ocop::ThreeStars:
    case ProductFilter::Ocop::FourStars:
    case ProductFilter::Ocop::FiveStars:
        terms.append(QStringLiteral("p.ocop_stars = ?"));
        *values << 3 + int(filter.ocop) - int(ProductFilter::Ocop::ThreeStars);
        break;
    case ProductFilter::Ocop::Any:
        break;
    }
    switch (filter.stock) {
    // On-hand as kept from the ledger by migration 7's triggers (summing the ledger per product would
    // cost hundreds of milliseconds over 100,000 products).
    case ProductFilter::Stock::InStock:
        terms.append(QStringLiteral("p.on_hand_milli > 0"));
        break;
    case ProductFilter::Stock::OutOfStock:
        terms.append(QStringLiteral("p.on_hand_milli <= 0"));
        break;
    case ProductFilter::Stock::LowStock:
        terms.append(QStringLiteral("p.low_stock_milli > 0 AND p.on_hand_milli <= p.low_stock_milli"));
        break;
    case ProductFilter::Stock::Expiring:
        terms.append(
            QStringLiteral("p.id IN (SELECT l.product_id FROM lots l INDEXED BY lots_with_stock_expiry "
                           "WHERE l.on_hand_milli > 0 AND l.expires_on IS NOT NULL AND "
                           "l.expires_on <= ?)"));
        *values
            << (filter.expiringBy.isValid() ? filter.expiringBy : QDate::currentDate()).toString(Qt::ISODate);
        break;
    case ProductFilter::Stock::Any:
        break;
    }
    return terms.join(QStringLiteral(" AND "));
}

ProductPage ProductList::page(QSqlDatabase db, const ProductFilter& filter, const ProductOrder& order,
                              const ProductCursor& after, int limit, qint64 matches)
{
    ProductPage page;
    if (limit <= 0) // SQLite reads LIMIT -1 as "no limit"; and an empty page has no last row
        return page;
    const QStringList keys = sortColumns(order.key);
    QVariantList values;
    QString where = condition(filter, &values);
    const bool gather =
        filter.status == ProductFilter::Status::Active && narrows(filter) &&
        (matches >= 0 ? matches : countWhere(db, kOnSaleFilters, where, values, kGatherUpTo + 1)) <=
            kGatherUpTo;
    QString sql = ProductSummaryRow::columns() + u", " + keys.join(u", ");
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QString path = VietnameseText::normalized(filter.category.trimmed());
    const QStringList paths = !gather && !path.isEmpty() && order.key == ProductSortKey::Name &&
                                      filter.status == ProductFilter::Status::Active
                                  ? categoriesUnder(db, path, kMergeUpTo)
                                  : QStringList();
    if (gather) { // the matches' rowids first (from the best index), then their rows (CROSS JOIN)
        sql += u" FROM (SELECT p.rowid AS r FROM products p WHERE " + where +
               u") m CROSS JOIN products p ON p.rowid = m.r WHERE 1";
    } else if (!paths.isEmpty()) {
        // Each category's first rows in name order from its own index range, then merged.
        ProductFilter rest = filter;
        rest.category.clear();
        QStringList branches;
        values.clear();
        for (const QString& category : paths) {
            QString branch = u"SELECT * FROM (SELECT p.rowid AS r FROM products p INDEXED BY "
                             u"products_on_sale_by_category WHERE p.category = ? AND " +
                             condition(rest, &(values << category));
            if (!after.isStart() && after.keys.size() == keys.size()) {
                branch += order.descending ? u" AND (p.name_sort, p.id) < (?, ?)"
                                           : u" AND (p.name_sort, p.id) > (?, ?)";
                values << after.keys;
            }
            branch += u" ORDER BY p.name_sort" + direction + u", p.id" + direction + u" LIMIT ?)";
            values << limit;
            branches.append(branch);
        }
        sql += u" FROM (" + branches.join(u" UNION ALL ") +
               u") m CROSS JOIN products p ON p.rowid = m.r WHERE 1";
    } else {
        values.clear();
        sql +=
            u" FROM products p WHERE " + conditionOf(filter, &values, Rows::TopLevel, CategoryBy::SortOrder);
    }
    if (!after.isStart() && after.keys.size() == keys.size()) {
        QStringList placeholders(keys.size(), QStringLiteral("?"));
        sql += u" AND (" + keys.join(u", ") + (order.descending ? u") < (" : u") > (") +
               placeholders.join(u", ") + u')';
        values << after.keys;
    }
    QStringList ordering;
    for (const QString& key : keys)
        ordering.append(key + direction);
    sql += u" ORDER BY " + ordering.join(u", ") + u" LIMIT ?";
    values << limit;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return page;
    page.rows.reserve(limit);
    QVariantList last;
    while (q.next()) {
        page.rows.append(ProductSummaryRow::read(q));
        last.clear();
        for (int i = 0; i < keys.size(); ++i)
            last.append(q.value(ProductSummaryRow::kColumnCount + i));
    }
    if (page.rows.size() == limit)
        page.next.keys = last;
    return page;
}

qint64 ProductList::count(QSqlDatabase db, const ProductFilter& filter)
{
    QVariantList values;
    const QString where = condition(filter, &values);
    return countWhere(
        db, filter.status == ProductFilter::Status::Active ? kOnSaleFilters : QStringLiteral("products p"),
        where, values);
}

QStringList ProductList::ids(QSqlDatabase db, const ProductFilter& filter)
{
    QVariantList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id FROM products p WHERE " + condition(filter, &values) +
              u" ORDER BY p.name_sort, p.id");
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    QStringList result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

QList<CategoryCount> ProductList::categories(QSqlDatabase db)
{
    std::map<QString, qint64> counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Index-only through products_on_sale_filters (migration 11).
    if (!q.exec(
            QStringLiteral("SELECT category, count(*) FROM products WHERE deleted_at IS NULL AND "
                           "parent_id IS NULL AND archived_at IS NULL AND category <> '' GROUP BY category")))
        return {};
    while (q.next()) {
        const QString path = q.value(0).toString();
        counts[path] += q.value(1).toLongLong();
        // Parents of a path are categories too.
        for (qsizetype slash = path.lastIndexOf(u'/'); slash > 0; slash = path.lastIndexOf(u'/', slash - 1))
            counts.try_emplace(path.left(slash), 0);
    }
    QList<CategoryCount> list;
    list.reserve(qsizetype(counts.size()));
    for (const auto& [path, products] : counts)
        list.append({path, products});
    // Each level in Vietnamese order, a parent right before its children.
    auto levelKeys = [](const QString& path) {
        QStringList keys;
        for (const QString& part : path.split(u'/'))
            keys.append(VietnameseText::sortKey(part));
        return keys;
    };
    std::sort(list.begin(), list.end(), [&](const CategoryCount& a, const CategoryCount& b) {
        return levelKeys(a.path) < levelKeys(b.path);
    });
    return list;
}

} // namespace ChoPhien
