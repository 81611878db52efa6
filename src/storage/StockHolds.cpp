#include "StockHolds.h"

#include "StatementCache.h"
#include "WriteTransaction.h"

#include <core/Ids.h>
#include <core/Quantity.h>
#include <core/VietnameseText.h>

#include <QSqlQuery>

namespace ChoPhien {
namespace {

const QString kHoldColumns = QStringLiteral(
    "SELECT h.id, h.product_id, h.lot_id, l.code, h.quantity_milli, h.reference, h.note, h.created_at, "
    "h.created_by, c.name, h.released_at, h.release_reason FROM stock_holds h "
    "LEFT JOIN lots l ON l.id = h.lot_id LEFT JOIN clerks c ON c.id = h.created_by ");

StockHold readHold(const QSqlQuery& q)
{
    StockHold h;
    h.id = q.value(0).toString();
    h.productId = q.value(1).toString();
    h.lotId = q.value(2).toString();
    h.lotCode = q.value(3).toString();
    h.quantity = q.value(4).toLongLong();
    h.reference = q.value(5).toString();
    h.note = q.value(6).toString();
    h.createdAt = q.value(7).toString();
    h.createdBy = q.value(8).toString();
    h.createdByName = q.value(9).toString();
    h.releasedAt = q.value(10).toString();
    h.releaseReason = q.value(11).toString();
    return h;
}

QList<StockHold> readHolds(QSqlQuery& q)
{
    QList<StockHold> holds;
    if (!q.exec())
        return holds;
    while (q.next())
        holds.append(readHold(q));
    return holds;
}

MilliQuantity sumOf(QSqlDatabase db, const QString& sql, const QString& id)
{
    Statement q(db, sql);
    q->addBindValue(id);
    return q->exec() && q->next() ? q->value(0).toLongLong() : 0;
}

struct Product {
    QString name;
    QString unit;
};

std::optional<Product> productOf(QSqlDatabase db, const QString& productId)
{
    Statement q(db, QStringLiteral("SELECT name, unit FROM products WHERE id = ? AND deleted_at IS NULL"));
    q->addBindValue(productId);
    if (q->exec() && q->next())
        return Product{q->value(0).toString(), q->value(1).toString()};
    return std::nullopt;
}

QString amount(MilliQuantity quantity, const Product& product)
{
    return Quantity::format(quantity) + u' ' + product.unit;
}

// "chị Lan (2 chai), đơn Zalo 15 (1 chai)": the open holds a refusal is about.
QString holdNames(const QList<StockHold>& holds, const Product& product)
{
    QStringList names;
    for (const StockHold& h : holds)
        names.append(QStringLiteral("%1 (%2)").arg(h.reference, amount(h.quantity, product)));
    return names.join(QStringLiteral(", "));
}

bool refuse(WriteTransaction& tx, const QString& code, const QString& message)
{
    return tx.refuse(StorageError::refused(code, message));
}

QDate dayOf(const WriteTransaction& tx)
{
    return QDateTime::fromString(tx.now(), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace

QString StockHolds::releaseCode(Release reason)
{
    return reason == Release::Fulfilled ? QStringLiteral("fulfilled") : QStringLiteral("cancelled");
}

std::optional<StockHolds::Release> StockHolds::releaseFromCode(const QString& code)
{
    if (code == u"fulfilled")
        return Release::Fulfilled;
    if (code == u"cancelled")
        return Release::Cancelled;
    return std::nullopt;
}

bool StockHolds::hold(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                      const QString& reference, const QString& lotId, const QString& note, StockHold* created)
{
    if (!tx.isActive() || tx.error())
        return false;
    QSqlDatabase db = tx.database();
    const auto product = productOf(db, productId);
    if (!product)
        return refuse(tx, QStringLiteral("unknown_product"),
                      StockLedger::tr("The product is not in this workspace."));
    if (quantity <= 0)
        return refuse(tx, QStringLiteral("bad_quantity"),
                      StockLedger::tr("The quantity must be more than zero."));
    const QString who = VietnameseText::normalized(reference);
    if (who.isEmpty())
        return refuse(tx, QStringLiteral("reference_required"),
                      tr("Write who the goods are held for, for example “chị Lan, đơn Zalo”."));
    std::optional<Lot> lot;
    if (!lotId.isEmpty()) {
        lot = StockLedger::findLot(db, productId, lotId);
        if (!lot || lot->id != lotId)
            return refuse(tx, QStringLiteral("unknown_lot"),
                          tr("%1 has no such lot: choose one of its own lots.").arg(product->name));
        if (lot->expiresOn.isValid() && lot->expiresOn < dayOf(tx))
            return refuse(tx, QStringLiteral("lot_expired"),
                          tr("Lot %1 expired on %2, so it cannot be held for a buyer.")
                              .arg(lot->code, lot->expiresOn.toString(QStringLiteral("yyyy-MM-dd"))));
    }
    const MilliQuantity onHand = StockLedger::onHand(db, productId);
    const MilliQuantity held = reserved(db, productId);
    if (quantity > onHand - held)
        return refuse(
            tx, QStringLiteral("not_enough_sellable"),
            tr("Only %1 of %2 can still be held (%3 on hand, %4 already held), so %5 cannot be held.")
                .arg(amount(qMax<MilliQuantity>(0, onHand - held), *product), product->name,
                     amount(onHand, *product), amount(held, *product), amount(quantity, *product)));
    if (lot) {
        const MilliQuantity free = lot->onHand - reservedInLot(db, lot->id);
        if (quantity > free)
            return refuse(tx, QStringLiteral("not_enough_sellable"),
                          tr("Only %1 of lot %2 can still be held, so %3 cannot be held.")
                              .arg(amount(qMax<MilliQuantity>(0, free), *product), lot->code,
                                   amount(quantity, *product)));
    }

    StockHold h;
    h.id = Ids::newId();
    h.productId = productId;
    h.lotId = lot ? lot->id : QString();
    h.lotCode = lot ? lot->code : QString();
    h.quantity = quantity;
    h.reference = who;
    h.note = VietnameseText::normalized(note);
    h.createdAt = tx.now();
    h.createdBy = tx.actor().clerkId;
    Statement q(db,
                QStringLiteral("INSERT INTO stock_holds (id, product_id, lot_id, quantity_milli, reference, "
                               "note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(h.id);
    q->addBindValue(productId);
    q->addBindValue(lot ? QVariant(lot->id) : QVariant());
    q->addBindValue(quantity);
    q->addBindValue(h.reference);
    q->addBindValue(h.note);
    q->addBindValue(h.createdAt);
    q->addBindValue(h.createdBy);
    if (!q->exec())
        return tx.fail(q->lastError());
    QString detail = Quantity::format(quantity) + QStringLiteral(" · ") + h.reference;
    if (!h.lotCode.isEmpty())
        detail += QStringLiteral(" · ") + h.lotCode;
    if (!tx.audit(QStringLiteral("hold"), QStringLiteral("stock"), productId, detail))
        return false;
    if (created)
        *created = h;
    return true;
}

bool StockHolds::release(WriteTransaction& tx, const QString& holdId, Release reason,
                         QList<StockLedger::Movement>* recorded)
{
    if (!tx.isActive() || tx.error())
        return false;
    QSqlDatabase db = tx.database();
    const auto h = find(db, holdId);
    if (!h || h->id != holdId)
        return refuse(tx, QStringLiteral("unknown_hold"), tr("No hold has the id %1.").arg(holdId));
    if (!h->isOpen())
        return refuse(tx, QStringLiteral("hold_released"),
                      tr("The hold for %1 was already released.").arg(h->reference));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stock_holds SET released_at = ?, released_by = ?, release_reason = ? "
                             "WHERE id = ? AND released_at IS NULL"));
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    q.addBindValue(releaseCode(reason));
    q.addBindValue(h->id);
    if (!q.exec())
        return tx.fail(q.lastError());
    if (!tx.audit(QStringLiteral("release"), QStringLiteral("stock"), h->productId,
                  QStringLiteral("%1 · %2 · %3")
                      .arg(Quantity::format(h->quantity), h->reference, releaseCode(reason))))
        return false;
    if (reason == Release::Cancelled)
        return true;
    return StockLedger::sellAtMarket(tx, h->productId, h->quantity, h->lotId, h->reference, recorded);
}

MilliQuantity StockHolds::reserved(QSqlDatabase db, const QString& productId)
{
    return sumOf(db,
                 QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM stock_holds "
                                "WHERE product_id = ? AND released_at IS NULL"),
                 productId);
}

MilliQuantity StockHolds::reservedInLot(QSqlDatabase db, const QString& lotId)
{
    return sumOf(db,
                 QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM stock_holds "
                                "WHERE lot_id = ? AND released_at IS NULL"),
                 lotId);
}

MilliQuantity StockHolds::sellable(QSqlDatabase db, const QString& productId)
{
    return StockLedger::onHand(db, productId) - reserved(db, productId);
}

QList<StockHold> StockHolds::list(QSqlDatabase db, const QString& productId, bool includeReleased, int limit)
{
    QString where =
        includeReleased ? QStringLiteral("WHERE 1 ") : QStringLiteral("WHERE h.released_at IS NULL ");
    if (!productId.isEmpty())
        where += QStringLiteral("AND h.product_id = ? ");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kHoldColumns + where +
              (includeReleased ? QStringLiteral("ORDER BY h.created_at DESC, h.id LIMIT ?")
                               : QStringLiteral("ORDER BY h.created_at, h.id LIMIT ?")));
    if (!productId.isEmpty())
        q.addBindValue(productId);
    q.addBindValue(qMax(0, limit));
    return readHolds(q);
}

std::optional<StockHold> StockHolds::find(QSqlDatabase db, const QString& idOrPrefix)
{
    const QString text = idOrPrefix.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    QSqlQuery exact(db);
    exact.prepare(kHoldColumns + QStringLiteral("WHERE h.id = ?"));
    exact.addBindValue(text);
    if (const QList<StockHold> found = readHolds(exact); !found.isEmpty())
        return found.constFirst();
    if (text.size() < 6)
        return std::nullopt;
    QString upper = text;
    upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    QSqlQuery prefix(db);
    prefix.prepare(kHoldColumns + QStringLiteral("WHERE h.id >= ? AND h.id < ? LIMIT 2"));
    prefix.addBindValue(text);
    prefix.addBindValue(upper);
    const QList<StockHold> found = readHolds(prefix);
    return found.size() == 1 ? std::optional<StockHold>(found.constFirst()) : std::nullopt;
}

bool StockHolds::checkSale(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                           const QString& lotId)
{
    QSqlDatabase db = tx.database();
    const auto product = productOf(db, productId);
    if (!product || quantity <= 0)
        return true; // the ledger's own checks say why
    const MilliQuantity held = reserved(db, productId);
    if (held == 0)
        return true;
    const MilliQuantity onHand = StockLedger::onHand(db, productId);
    const QList<StockHold> holds = list(db, productId);
    if (quantity > onHand - held)
        return refuse(tx, QStringLiteral("held_stock"),
                      tr("Only %1 of %2 can be sold: %3 is held for %4. Release a hold first, or sell less.")
                          .arg(amount(qMax<MilliQuantity>(0, onHand - held), *product), product->name,
                               amount(held, *product), holdNames(holds, *product)));
    if (lotId.isEmpty())
        return true;
    const MilliQuantity heldInLot = reservedInLot(db, lotId);
    const MilliQuantity free = StockLedger::onHandInLot(db, lotId) - heldInLot;
    if (heldInLot > 0 && quantity > free) {
        QList<StockHold> lotHolds;
        for (const StockHold& h : holds) {
            if (h.lotId == lotId)
                lotHolds.append(h);
        }
        return refuse(tx, QStringLiteral("held_stock"),
                      tr("Only %1 of lot %2 can be sold: %3 is held for %4. Release a hold first, or sell "
                         "from another lot.")
                          .arg(amount(qMax<MilliQuantity>(0, free), *product),
                               lotHolds.isEmpty() ? QString() : lotHolds.constFirst().lotCode,
                               amount(heldInLot, *product), holdNames(lotHolds, *product)));
    }
    return true;
}

} // namespace ChoPhien
