#include "ProductRepository.h"

#include "WriteTransaction.h"

#include <core/VietnameseText.h>

#include <QSqlQuery>

namespace ChoPhien {

bool ProductRepository::insert(WriteTransaction& tx, const ProductSummary& product,
                               const QString& description)
{
    const QString name = VietnameseText::normalized(product.name);
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral(
        "INSERT INTO products (id, name, name_search, name_sort, sku, unit, price_dong, ocop_stars, "
        "description, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(product.id);
    q.addBindValue(name);
    q.addBindValue(VietnameseText::searchKey(name));
    q.addBindValue(VietnameseText::sortKey(name));
    q.addBindValue(product.sku.trimmed());
    q.addBindValue(VietnameseText::normalized(product.unit));
    q.addBindValue(product.price);
    q.addBindValue(product.ocopStars);
    q.addBindValue(VietnameseText::normalized(description));
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    return q.exec() || tx.fail(q.lastError());
}

ProductPage ProductRepository::page(QSqlDatabase db, const ProductCursor& after, int limit)
{
    if (limit <= 0) // SQLite reads LIMIT -1 as "no limit"; and an empty page has no last row
        return {};
    static const QString select = QStringLiteral(
        "SELECT p.id, p.name, p.sku, p.unit, p.price_dong, p.ocop_stars, p.name_sort, "
        "(SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.product_id = p.id) "
        "FROM products p WHERE p.deleted_at IS NULL ");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (after.isStart()) {
        q.prepare(select + QStringLiteral("ORDER BY p.name_sort, p.id LIMIT ?"));
    } else {
        q.prepare(select +
                  QStringLiteral("AND (p.name_sort, p.id) > (?, ?) ORDER BY p.name_sort, p.id LIMIT ?"));
        q.addBindValue(after.sortKey);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);

    ProductPage page;
    if (!q.exec())
        return page;
    page.rows.reserve(limit);
    QString lastSortKey;
    while (q.next()) {
        ProductSummary p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.sku = q.value(2).toString();
        p.unit = q.value(3).toString();
        p.price = q.value(4).toLongLong();
        p.ocopStars = q.value(5).toInt();
        lastSortKey = q.value(6).toString();
        p.onHand = q.value(7).toLongLong();
        page.rows.append(p);
    }
    if (page.rows.size() == limit)
        page.next = ProductCursor{lastSortKey, page.rows.constLast().id};
    return page;
}

qint64 ProductRepository::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NULL")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace ChoPhien
