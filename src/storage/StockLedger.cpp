#include "StockLedger.h"

#include "WriteTransaction.h"

#include <core/Ids.h>
#include <core/VietnameseText.h>

#include <QSqlQuery>

namespace ChoPhien {

QString StockLedger::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Received:
        return QStringLiteral("received");
    case Reason::SoldOnline:
        return QStringLiteral("sold_online");
    case Reason::SoldOffline:
        return QStringLiteral("sold_offline");
    case Reason::Spoiled:
        return QStringLiteral("spoiled");
    case Reason::Returned:
        return QStringLiteral("returned");
    case Reason::Adjustment:
        return QStringLiteral("adjustment");
    }
    return QStringLiteral("adjustment");
}

bool StockLedger::record(WriteTransaction& tx, const QString& productId, MilliQuantity delta, Reason reason,
                         const QString& note)
{
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral(
        "INSERT INTO stock_movements (id, product_id, delta_milli, reason, at, by_clerk, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Ids::newId());
    q.addBindValue(productId);
    q.addBindValue(delta);
    q.addBindValue(reasonCode(reason));
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    q.addBindValue(VietnameseText::normalized(note));
    return q.exec() || tx.fail(q.lastError());
}

MilliQuantity StockLedger::onHand(QSqlDatabase db, const QString& productId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT COALESCE(SUM(delta_milli), 0) FROM stock_movements WHERE product_id = ?"));
    q.addBindValue(productId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ChoPhien
