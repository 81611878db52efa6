#include "StockOverview.h"

#include "ThreadConnection.h"

#include <QSqlQuery>

namespace ChoPhien {
namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// What every stock list reads; readRow() follows this order. On-hand, a product's and a lot's, as the
// ledger's triggers keep it (migration 7); reserved through the covering index stock_holds_open.
const QString kRowColumns = QStringLiteral(
    "SELECT p.id, p.name, p.sku, p.unit, p.low_stock_milli, p.name_sort, p.on_hand_milli, "
    "(SELECT COALESCE(SUM(h.quantity_milli), 0) FROM stock_holds h "
    " WHERE h.product_id = p.id AND h.released_at IS NULL), "
    "(SELECT MIN(l.expires_on) FROM lots l WHERE l.product_id = p.id AND l.expires_on IS NOT NULL AND "
    " l.on_hand_milli > 0) "
    "FROM products p ");
constexpr int kSortKeyColumn = 5;

// What holds stock: a product not sold in variants, or a variant; a parent's stock is its variants'.
const QString kSellable =
    QStringLiteral("p.deleted_at IS NULL AND p.archived_at IS NULL AND NOT EXISTS (SELECT 1 "
                   "FROM products v WHERE v.parent_id = p.id) ");

// The products of lots with stock that expire by a day (bound as the filter's value), read from the
// partial index lots_with_stock_expiry (migration 0007; named, since without ANALYZE statistics SQLite
// prefers the wider lots_expiry and then reads every lot's row).
const QString kExpiringProducts =
    QStringLiteral("SELECT l.product_id FROM lots l INDEXED BY lots_with_stock_expiry WHERE l.on_hand_milli "
                   "> 0 AND l.expires_on IS NOT NULL AND "
                   "l.expires_on <= ?");
// Exactly the rows of the partial index products_low_stock.
const QString kLowStock =
    QStringLiteral("AND p.low_stock_milli > 0 AND p.on_hand_milli <= p.low_stock_milli ");

StockRow readRow(const QSqlQuery& q)
{
    StockRow r;
    r.productId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.sku = q.value(2).toString();
    r.unit = q.value(3).toString();
    r.threshold = q.value(4).toLongLong();
    r.onHand = q.value(6).toLongLong();
    r.reserved = q.value(7).toLongLong();
    r.nextExpiry = q.value(8).isNull() ? QDate() : QDate::fromString(q.value(8).toString(), kDateFormat);
    return r;
}

// The WHERE terms of a filter (after kSellable); bindFilter() binds its value.
QString filterTerms(StockFilter filter)
{
    switch (filter) {
    case StockFilter::All:
        return {};
    case StockFilter::LowStock:
        return kLowStock;
    case StockFilter::Expiring:
        return QStringLiteral("AND p.id IN (") + kExpiringProducts + QStringLiteral(") ");
    }
    return {};
}

void bindFilter(QSqlQuery& q, StockFilter filter, const QDate& expiringBy)
{
    if (filter == StockFilter::Expiring)
        q.addBindValue(expiringBy.toString(kDateFormat));
}

} // namespace

StockRowPage StockOverview::page(QSqlDatabase db, StockFilter filter, const QDate& expiringBy,
                                 const StockCursor& after, int limit)
{
    StockRowPage page;
    if (limit <= 0)
        return page;
    // Expiring products are found through their lots, not in name order: sorting them by name with
    // nothing but their ids (two columns), then reading the page's rows, keeps the sort cheap.
    const bool idsFirst = filter == StockFilter::Expiring;
    QString sql = (idsFirst ? QStringLiteral("SELECT p.id, p.name_sort FROM products p ") : kRowColumns) +
                  QStringLiteral("WHERE ") + kSellable + filterTerms(filter);
    if (!after.isStart())
        sql += QStringLiteral("AND (p.name_sort, p.id) > (?, ?) ");
    sql += QStringLiteral("ORDER BY p.name_sort, p.id LIMIT ?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindFilter(q, filter, expiringBy);
    if (!after.isStart()) {
        q.addBindValue(after.sortKey);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return page;
    QStringList ids;
    QString lastSortKey;
    while (q.next()) {
        if (idsFirst) {
            ids.append(q.value(0).toString());
            lastSortKey = q.value(1).toString();
        } else {
            page.rows.append(readRow(q));
            ids.append(page.rows.constLast().productId);
            lastSortKey = q.value(kSortKeyColumn).toString();
        }
    }
    if (idsFirst)
        page.rows = rows(db, ids, StockFilter::All, expiringBy);
    if (ids.size() == limit)
        page.next = StockCursor{lastSortKey, ids.constLast()};
    return page;
}

QList<StockRow> StockOverview::rows(QSqlDatabase db, const QStringList& productIds, StockFilter filter,
                                    const QDate& expiringBy)
{
    QList<StockRow> result;
    if (productIds.isEmpty())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString placeholders = QStringLiteral("?,").repeated(productIds.size()).chopped(1);
    q.prepare(kRowColumns + QStringLiteral("WHERE ") + kSellable + filterTerms(filter) +
              QStringLiteral("AND p.id IN (") + placeholders + u')');
    bindFilter(q, filter, expiringBy);
    for (const QString& id : productIds)
        q.addBindValue(id);
    if (!q.exec())
        return result;
    QHash<QString, StockRow> byId;
    while (q.next()) {
        StockRow r = readRow(q);
        byId.insert(r.productId, std::move(r));
    }
    for (const QString& id : productIds) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            result.append(*it);
    }
    return result;
}

std::optional<StockRow> StockOverview::row(QSqlDatabase db, const QString& productId)
{
    const QList<StockRow> found = rows(db, {productId}, StockFilter::All, {});
    return found.isEmpty() ? std::nullopt : std::optional<StockRow>(found.constFirst());
}

StockAlertCounts StockOverview::counts(QSqlDatabase db, const QDate& expiringBy)
{
    StockAlertCounts counts;
    QSqlQuery low(db);
    if (low.exec(QStringLiteral("SELECT count(*) FROM products p WHERE ") + kSellable + kLowStock) &&
        low.next())
        counts.lowStock = low.value(0).toLongLong();
    QSqlQuery lots(db);
    lots.prepare(
        QStringLiteral("SELECT count(*) FROM lots l INDEXED BY lots_with_stock_expiry JOIN products p ON "
                       "p.id = l.product_id WHERE "
                       "l.on_hand_milli > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= ? AND ") +
        kSellable);
    lots.addBindValue(expiringBy.toString(kDateFormat));
    if (lots.exec() && lots.next())
        counts.expiringLots = lots.value(0).toLongLong();
    return counts;
}

QList<ExpiringLot> StockOverview::expiringLots(QSqlDatabase db, const QDate& expiringBy, int limit)
{
    QList<ExpiringLot> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT l.id, l.code, l.expires_on, l.on_hand_milli, "
                       "p.id, p.name, p.sku, p.unit FROM lots l JOIN products p ON p.id = l.product_id "
                       "WHERE l.on_hand_milli > 0 AND l.expires_on IS NOT NULL AND l.expires_on <= ? AND ") +
        kSellable + QStringLiteral("ORDER BY l.expires_on, p.name_sort, l.code LIMIT ?"));
    q.addBindValue(expiringBy.toString(kDateFormat));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return result;
    while (q.next()) {
        ExpiringLot lot;
        lot.lotId = q.value(0).toString();
        lot.code = q.value(1).toString();
        lot.expiresOn = QDate::fromString(q.value(2).toString(), kDateFormat);
        lot.onHand = q.value(3).toLongLong();
        lot.productId = q.value(4).toString();
        lot.productName = q.value(5).toString();
        lot.sku = q.value(6).toString();
        lot.unit = q.value(7).toString();
        result.append(std::move(lot));
    }
    return result;
}

bool StockOverview::hasProducts(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM products p WHERE ") + kSellable + u')') &&
           q.next() && q.value(0).toBool();
}

StockAlertCounts StockOverview::countsOf(const QString& databasePath, const QDate& expiringBy)
{
    StockAlertCounts result;
    {
        QSqlDatabase db = ThreadConnection::get(databasePath, ThreadConnection::Mode::ReadOnly);
        if (db.isOpen())
            result = counts(db, expiringBy);
    }
    ThreadConnection::release(databasePath, ThreadConnection::Mode::ReadOnly);
    return result;
}

} // namespace ChoPhien
