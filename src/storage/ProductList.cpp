#include "ProductList.h"

#include "ProductSummaryRow.h"

#include <core/VietnameseText.h>

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace ChoPhien {
namespace {

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

const QString kOnHand = QStringLiteral(
    "(SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)");

} // namespace

QString ProductList::condition(const ProductFilter& filter, QVariantList* values, Rows rows)
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
    const QString category = VietnameseText::normalized(filter.category.trimmed());
    if (!category.isEmpty()) {
        // The category and the paths under it: "X/" up to (not including) "X0", '0' following '/'.
        terms.append(QStringLiteral("(p.category = ? OR (p.category >= ? AND p.category < ?))"));
        *values << category << QString(category + u'/') << QString(category + u'0');
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
        terms.append(QStringLiteral("p.id IN (SELECT l.product_id FROM lots l WHERE l.on_hand_milli > 0 AND "
                                    "l.expires_on IS NOT NULL AND l.expires_on <= ?)"));
        *values
            << (filter.expiringBy.isValid() ? filter.expiringBy : QDate::currentDate()).toString(Qt::ISODate);
        break;
    case ProductFilter::Stock::Any:
        break;
    }
    return terms.join(QStringLiteral(" AND "));
}

ProductPage ProductList::page(QSqlDatabase db, const ProductFilter& filter, const ProductOrder& order,
                              const ProductCursor& after, int limit)
{
    ProductPage page;
    if (limit <= 0) // SQLite reads LIMIT -1 as "no limit"; and an empty page has no last row
        return page;
    const QStringList keys = sortColumns(order.key);
    QVariantList values;
    QString sql = ProductSummaryRow::columns() + u", " + keys.join(u", ") + u" FROM products p WHERE " +
                  condition(filter, &values);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
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
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM products p WHERE " + condition(filter, &values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
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
    // Index-only through products_on_sale_category (migration 10).
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
