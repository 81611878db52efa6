#include "StockThresholds.h"

#include "StatementCache.h"
#include "StockLedger.h"
#include "WriteTransaction.h"

#include <core/Quantity.h>

#include <QSqlQuery>

namespace ChoPhien {

bool StockThresholds::set(WriteTransaction& tx, const QString& productId, MilliQuantity threshold)
{
    if (!tx.isActive() || tx.error())
        return false;
    if (threshold < 0)
        return tx.refuse(StorageError::refused(QStringLiteral("bad_quantity"),
                                               tr("A low-stock threshold cannot be below zero.")));
    Statement q(
        tx.database(),
        QStringLiteral("UPDATE products SET low_stock_milli = ? WHERE id = ? AND deleted_at IS NULL"));
    q->addBindValue(threshold);
    q->addBindValue(productId);
    if (!q->exec())
        return tx.fail(q->lastError());
    if (q->numRowsAffected() != 1)
        return tx.refuse(StorageError::refused(QStringLiteral("unknown_product"),
                                               StockLedger::tr("The product is not in this workspace.")));
    return tx.audit(QStringLiteral("threshold"), QStringLiteral("stock"), productId,
                    Quantity::format(threshold));
}

MilliQuantity StockThresholds::get(QSqlDatabase db, const QString& productId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT low_stock_milli FROM products WHERE id = ?"));
    q.addBindValue(productId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ChoPhien
