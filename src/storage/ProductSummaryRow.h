#pragma once

#include <core/ProductSummary.h>

#include <QSqlQuery>
#include <QString>

namespace ChoPhien::ProductSummaryRow {

// What every product list reads, from `products p`; read() follows this order. Internal to storage.
inline const QString& columns()
{
    static const QString select = QStringLiteral(
        "SELECT p.id, p.name, p.sku, p.barcode, p.producer, p.unit, p.price_dong, p.ocop_stars, "
        // On-hand as the ledger's triggers keep it (migration 7); a parent's is its variants'.
        "p.on_hand_milli + (SELECT COALESCE(SUM(v.on_hand_milli), 0) FROM products v WHERE v.parent_id = "
        "p.id "
        "AND v.deleted_at IS NULL), "
        "p.category, p.archived_at IS NOT NULL, "
        "(SELECT count(*) FROM products v WHERE v.parent_id = p.id AND v.deleted_at IS NULL AND "
        "v.archived_at IS NULL)");
    return select;
}
inline constexpr int kColumnCount = 12;

inline ProductSummary read(const QSqlQuery& q)
{
    ProductSummary p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.barcode = q.value(3).toString();
    p.producer = q.value(4).toString();
    p.unit = q.value(5).toString();
    p.price = q.value(6).toLongLong();
    p.ocopStars = q.value(7).toInt();
    p.onHand = q.value(8).toLongLong();
    p.category = q.value(9).toString();
    p.archived = q.value(10).toBool();
    p.variants = q.value(11).toInt();
    return p;
}

} // namespace ChoPhien::ProductSummaryRow
