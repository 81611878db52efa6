#include "ProductSearchIndex.h"

#include "StatementCache.h"

#include <core/VietnameseText.h>

#include <QSqlQuery>

namespace ChoPhien {

bool ProductSearchIndex::remove(QSqlDatabase& db, qint64 productRowId, QSqlError* error)
{
    Statement q(db, QStringLiteral("DELETE FROM product_search WHERE rowid = ?"));
    q->addBindValue(productRowId);
    if (q->exec())
        return true;
    *error = q->lastError();
    return false;
}

bool ProductSearchIndex::write(QSqlDatabase& db, qint64 productRowId, const Document& d, QSqlError* error)
{
    if (!remove(db, productRowId, error))
        return false;
    Statement q(db, QStringLiteral("INSERT INTO product_search (rowid, name, sku, barcode, producer, tags, "
                                   "description) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(productRowId);
    for (const QString* text : {&d.name, &d.sku, &d.barcode, &d.producer, &d.tags, &d.description})
        q->addBindValue(VietnameseText::searchKey(*text));
    if (q->exec())
        return true;
    *error = q->lastError();
    return false;
}

StorageError ProductSearchIndex::rebuild(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM product_search")))
        return StorageError::fromSql(q.lastError(), db.databaseName());
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT rowid, name, sku, barcode, producer, tags, description FROM products "
                           "WHERE deleted_at IS NULL")))
        return StorageError::fromSql(rows.lastError(), db.databaseName());
    QSqlError error;
    StatementCache statements(db); // one DELETE and one INSERT prepared for all the rows
    while (rows.next()) {
        const Document d{rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
                         rows.value(4).toString(), rows.value(5).toString(), rows.value(6).toString()};
        if (!write(db, rows.value(0).toLongLong(), d, &error))
            return StorageError::fromSql(error, db.databaseName());
    }
    return {};
}

} // namespace ChoPhien
