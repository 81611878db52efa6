#include "ProductRemoval.h"

#include "ProductSearchIndex.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace ChoPhien {

bool ProductRemoval::hasHistory(QSqlDatabase db, const QString& productId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock_movements WHERE product_id = ?) OR "
                             "EXISTS (SELECT 1 FROM lots WHERE product_id = ?) OR "
                             "EXISTS (SELECT 1 FROM stock_holds WHERE product_id = ?)"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(productId);
    return !q.exec() || !q.next() || q.value(0).toBool(); // when in doubt, keep it
}

bool ProductRemoval::remove(WriteTransaction& tx, const QString& productId)
{
    QSqlDatabase db = tx.database();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT rowid, name FROM products WHERE id = ? AND deleted_at IS NULL"));
    find.addBindValue(productId);
    if (!find.exec())
        return tx.fail(find.lastError());
    if (!find.next())
        return tx.refuse(
            StorageError::refused(QStringLiteral("unknown_product"), tr("This product no longer exists.")));
    const qint64 rowId = find.value(0).toLongLong();
    const QString name = find.value(1).toString();
    if (hasHistory(db, productId))
        return tx.refuse(StorageError::refused(
            QStringLiteral("has_history"),
            tr("“%1” has stock history, so it cannot be deleted. Archive it instead: it keeps its history "
               "and is no longer sold.")
                .arg(name)));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE products SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(tx.now());
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    q.addBindValue(productId);
    if (!q.exec())
        return tx.fail(q.lastError());
    QSqlError error;
    if (!ProductSearchIndex::remove(db, rowId, &error))
        return tx.fail(error);
    return tx.audit(QStringLiteral("delete"), QStringLiteral("product"), productId, name);
}

} // namespace ChoPhien
