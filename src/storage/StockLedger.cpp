#include "StockLedger.h"

#include "StatementCache.h"
#include "StockHolds.h"
#include "WriteTransaction.h"

#include <core/Ids.h>
#include <core/Quantity.h>
#include <core/VietnameseText.h>

#include <QSqlQuery>

#include <limits>

namespace ChoPhien {
namespace {

using Reason = StockLedger::Reason;
using Movement = StockLedger::Movement;

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QVariant storedDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(kDateFormat)) : QVariant();
}

QDate readDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), kDateFormat);
}

// The local calendar day of the transaction's timestamp.
QDate dayOf(const WriteTransaction& tx)
{
    return QDateTime::fromString(tx.now(), Qt::ISODateWithMs).toLocalTime().date();
}

MilliQuantity sumOf(QSqlDatabase db, const QString& sql, const QString& id)
{
    Statement q(db, sql);
    q->addBindValue(id);
    return q->exec() && q->next() ? q->value(0).toLongLong() : 0;
}

struct ProductInfo {
    QString name;
    QString unit;
    QStringList variantSkus; // a parent's: its stock is kept per variant (ADR 0006)
};

std::optional<ProductInfo> productInfo(QSqlDatabase db, const QString& productId)
{
    Statement q(db, QStringLiteral("SELECT name, unit FROM products WHERE id = ? AND deleted_at IS NULL"));
    q->addBindValue(productId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    ProductInfo info{q->value(0).toString(), q->value(1).toString(), {}};
    Statement variants(db,
                       QStringLiteral("SELECT sku FROM products WHERE parent_id = ? AND deleted_at IS NULL "
                                      "ORDER BY archived_at IS NOT NULL, rowid LIMIT 4"));
    variants->addBindValue(productId);
    if (variants->exec()) {
        while (variants->next())
            info.variantSkus.append(variants->value(0).toString());
    }
    return info;
}

const QString kLotColumns = QStringLiteral(
    "SELECT l.id, l.product_id, l.code, l.harvested_on, l.produced_on, l.expires_on, l.supplier, "
    "l.received_at, (SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.lot_id = l.id) "
    "FROM lots l ");

Lot readLot(const QSqlQuery& q)
{
    Lot lot;
    lot.id = q.value(0).toString();
    lot.productId = q.value(1).toString();
    lot.code = q.value(2).toString();
    lot.harvestedOn = readDate(q.value(3));
    lot.producedOn = readDate(q.value(4));
    lot.expiresOn = readDate(q.value(5));
    lot.supplier = q.value(6).toString();
    lot.receivedAt = q.value(7).toString();
    lot.onHand = q.value(8).toLongLong();
    return lot;
}

std::optional<Lot> lotById(QSqlDatabase db, const QString& lotId)
{
    static const QString sql = kLotColumns + QStringLiteral("WHERE l.id = ?");
    Statement q(db, sql);
    q->addBindValue(lotId);
    if (q->exec() && q->next())
        return readLot(*q);
    return std::nullopt;
}

std::optional<Lot> lotByCode(QSqlDatabase db, const QString& productId, const QString& code)
{
    static const QString sql = kLotColumns + QStringLiteral("WHERE l.product_id = ? AND l.code = ?");
    Statement q(db, sql);
    q->addBindValue(productId);
    q->addBindValue(code);
    if (q->exec() && q->next())
        return readLot(*q);
    return std::nullopt;
}

QString signedQuantity(MilliQuantity delta)
{
    return delta > 0 ? u'+' + Quantity::format(delta) : Quantity::format(delta);
}

// One movement into or out of `lot` (none: no lot), attributed to the transaction's clerk and time.
bool insertMovement(WriteTransaction& tx, const QString& productId, const LotPick& lot, MilliQuantity delta,
                    Reason reason, const QString& note, QList<Movement>* recorded)
{
    const QString& lotId = lot.lotId;
    Movement m;
    m.id = Ids::newId();
    m.productId = productId;
    m.lotId = lotId;
    m.lotCode = lot.code;
    m.delta = delta;
    m.reason = reason;
    m.at = tx.now();
    m.clerkId = tx.actor().clerkId;
    m.note = VietnameseText::normalized(note);
    Statement q(tx.database(),
                QStringLiteral("INSERT INTO stock_movements (id, product_id, lot_id, delta_milli, "
                               "reason, at, by_clerk, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(m.id);
    q->addBindValue(productId);
    q->addBindValue(lotId.isEmpty() ? QVariant() : QVariant(lotId));
    q->addBindValue(delta);
    q->addBindValue(StockLedger::reasonCode(reason));
    q->addBindValue(m.at);
    q->addBindValue(m.clerkId);
    q->addBindValue(m.note);
    if (!q->exec())
        return tx.fail(q->lastError());
    if (recorded)
        recorded->append(m);
    return true;
}

// The audit line of one ledger operation: the signed quantity, the lots it touched and the note.
bool auditMovements(WriteTransaction& tx, const QString& action, const QString& productId,
                    const QList<Movement>& movements, const QString& note)
{
    MilliQuantity total = 0;
    QStringList lots;
    for (const Movement& m : movements) {
        total += m.delta;
        if (!m.lotCode.isEmpty())
            lots.append(m.lotCode);
    }
    QString detail = signedQuantity(total);
    if (!lots.isEmpty())
        detail += u' ' + lots.join(QStringLiteral(", "));
    if (const QString text = VietnameseText::normalized(note); !text.isEmpty())
        detail += QStringLiteral(" · ") + text;
    return tx.audit(action, QStringLiteral("stock"), productId, detail);
}

} // namespace

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

std::optional<StockLedger::Reason> StockLedger::reasonFromCode(const QString& code)
{
    for (Reason reason : {Reason::Received, Reason::SoldOnline, Reason::SoldOffline, Reason::Spoiled,
                          Reason::Returned, Reason::Adjustment}) {
        if (reasonCode(reason) == code)
            return reason;
    }
    return std::nullopt;
}

QString StockLedger::reasonLabel(Reason reason)
{
    switch (reason) {
    case Reason::Received:
        return tr("received", "stock movement reason");
    case Reason::SoldOnline:
        return tr("sold online", "stock movement reason");
    case Reason::SoldOffline:
        return tr("sold at the market", "stock movement reason");
    case Reason::Spoiled:
        return tr("spoiled", "stock movement reason");
    case Reason::Returned:
        return tr("returned", "stock movement reason");
    case Reason::Adjustment:
        return tr("adjustment", "stock movement reason");
    }
    return {};
}

bool StockLedger::record(WriteTransaction& tx, const QString& productId, MilliQuantity delta, Reason reason,
                         const QString& note)
{
    return insertMovement(tx, productId, LotPick{}, delta, reason, note, nullptr);
}

namespace {

// The rules every checked write shares, and the two shapes of movement: into stock, out of it.
class StockRules final {
public:
    StockRules(WriteTransaction& tx, QString productId)
        : m_tx(tx)
        , m_productId(std::move(productId))
    {}

    // Checks the product (and the lot, when one is named) before anything is written.
    bool check(const QString& lotId)
    {
        if (!m_tx.isActive() || m_tx.error())
            return false;
        const auto product = productInfo(m_tx.database(), m_productId);
        if (!product)
            return refuse(QStringLiteral("unknown_product"),
                          StockLedger::tr("The product is not in this workspace."));
        m_product = *product;
        if (!m_product.variantSkus.isEmpty()) {
            QStringList shown = m_product.variantSkus.mid(0, 3);
            if (m_product.variantSkus.size() > 3)
                shown.append(QStringLiteral("…"));
            return refuse(QStringLiteral("has_variants"),
                          StockLedger::tr("%1 is sold in variants (%2): stock is kept for each variant, so "
                                          "name the variant by its SKU.")
                              .arg(m_product.name, shown.join(QStringLiteral(", "))));
        }
        if (lotId.isEmpty())
            return true;
        const auto lot = lotById(m_tx.database(), lotId);
        if (!lot)
            return refuse(QStringLiteral("unknown_lot"),
                          StockLedger::tr("The lot is not in this workspace."));
        if (lot->productId != m_productId)
            return refuse(QStringLiteral("lot_of_another_product"),
                          StockLedger::tr("Lot %1 belongs to another product, not to %2.")
                              .arg(lot->code, m_product.name));
        m_lot = *lot;
        return true;
    }

    // After check(): the lot to use, one of the product's own (receive() found or made it).
    void useLot(const Lot& lot) { m_lot = lot; }

    bool refuse(const QString& code, const QString& message)
    {
        return m_tx.refuse(StorageError::refused(code, message));
    }

    bool refuseQuantity()
    {
        return refuse(QStringLiteral("bad_quantity"),
                      StockLedger::tr("The quantity must be more than zero."));
    }

    QString amount(MilliQuantity quantity) const
    {
        return Quantity::format(quantity) + u' ' + m_product.unit;
    }

    // Adds `quantity` (> 0) to the lot checked, or to no lot.
    bool putIn(MilliQuantity quantity, Reason reason, const QString& note, QList<Movement>& written)
    {
        constexpr MilliQuantity kMost = std::numeric_limits<MilliQuantity>::max();
        const MilliQuantity product = StockLedger::onHand(m_tx.database(), m_productId);
        const MilliQuantity lot = m_lot.id.isEmpty() ? 0 : m_lot.onHand;
        if (quantity > kMost - qMax<MilliQuantity>(0, qMax(product, lot)))
            return refuse(QStringLiteral("too_much"),
                          StockLedger::tr("%1 is more than can be recorded.").arg(amount(quantity)));
        return insertMovement(m_tx, m_productId, checkedLot(), quantity, reason, note, &written);
    }

    // Takes `quantity` (> 0) from the lot checked, or lot by lot in picking order. Refuses to take
    // more than is there; with `selling`, expired lots are not touched. With `rest`, what no lot
    // holds is taken from no lot (a count records what is really there, whatever the ledger said).
    bool takeOut(MilliQuantity quantity, Reason reason, const QString& note, QList<Movement>& written,
                 bool selling, bool rest = false)
    {
        QSqlDatabase db = m_tx.database();
        const QDate today = dayOf(m_tx);
        if (!m_lot.id.isEmpty()) {
            if (selling && m_lot.expiresOn.isValid() && m_lot.expiresOn < today)
                return refuse(
                    QStringLiteral("lot_expired"),
                    StockLedger::tr(
                        "Lot %1 of %2 expired on %3 and cannot be sold; record it as spoiled instead.")
                        .arg(m_lot.code, m_product.name, m_lot.expiresOn.toString(kDateFormat)));
            if (quantity > m_lot.onHand && !rest)
                return refuse(
                    QStringLiteral("not_enough_in_lot"),
                    StockLedger::tr("Only %1 of %2 is left in lot %3, so %4 cannot be taken from it.")
                        .arg(amount(qMax<MilliQuantity>(0, m_lot.onHand)), m_product.name, m_lot.code,
                             amount(quantity)));
            return insertMovement(m_tx, m_productId, checkedLot(), -quantity, reason, note, &written);
        }
        const MilliQuantity onHand = StockLedger::onHand(db, m_productId);
        const LotSuggestion suggestion =
            StockLedger::suggestLots(db, m_productId, quantity, selling ? today : QDate());
        if (!rest && (!suggestion.isComplete() || quantity > onHand)) {
            const MilliQuantity available =
                qMax<MilliQuantity>(0, qMin(onHand, quantity - suggestion.missing));
            if (selling && onHand >= quantity)
                return refuse(
                    QStringLiteral("not_enough_stock"),
                    StockLedger::tr("Only %1 of %2 can be sold, so %3 cannot be sold: the rest is past its "
                                    "expiry date.")
                        .arg(amount(available), m_product.name, amount(quantity)));
            return refuse(QStringLiteral("not_enough_stock"),
                          StockLedger::tr("Only %1 of %2 is in stock, so %3 cannot be taken.")
                              .arg(amount(qMax<MilliQuantity>(0, onHand)), m_product.name, amount(quantity)));
        }
        for (const LotPick& pick : suggestion.picks) {
            if (!insertMovement(m_tx, m_productId, pick, -pick.quantity, reason, note, &written))
                return false;
        }
        if (rest && suggestion.missing > 0)
            return insertMovement(m_tx, m_productId, LotPick{}, -suggestion.missing, reason, note, &written);
        return true;
    }

    const Lot& lot() const { return m_lot; }
    LotPick checkedLot() const { return LotPick{m_lot.id, m_lot.code, m_lot.expiresOn, 0}; }

private:
    WriteTransaction& m_tx;
    QString m_productId;
    ProductInfo m_product;
    Lot m_lot;
};

// Ends a checked write: the audit line, and the movements handed to the caller.
bool finish(WriteTransaction& tx, const QString& action, const QString& productId,
            const QList<Movement>& written, const QString& note, QList<Movement>* recorded)
{
    if (!auditMovements(tx, action, productId, written, note))
        return false;
    if (recorded)
        recorded->append(written);
    return true;
}

// The checks every movement in or out shares (product, lot, a positive quantity), then `step`.
template <typename Step>
bool move(WriteTransaction& tx, const QString& action, const QString& productId, MilliQuantity quantity,
          const QString& lotId, const QString& note, QList<Movement>* recorded, Step step)
{
    StockRules rules(tx, productId);
    if (!rules.check(lotId))
        return false;
    if (quantity <= 0)
        return rules.refuseQuantity();
    QList<Movement> written;
    return step(rules, written) && finish(tx, action, productId, written, note, recorded);
}

bool putIn(WriteTransaction& tx, const QString& action, const QString& productId, MilliQuantity quantity,
           const QString& lotId, Reason reason, const QString& note, QList<Movement>* recorded)
{
    return move(tx, action, productId, quantity, lotId, note, recorded,
                [&](StockRules& rules, QList<Movement>& written) {
                    return rules.putIn(quantity, reason, note, written);
                });
}

bool takeOut(WriteTransaction& tx, const QString& action, const QString& productId, MilliQuantity quantity,
             const QString& lotId, Reason reason, const QString& note, QList<Movement>* recorded)
{
    return move(tx, action, productId, quantity, lotId, note, recorded,
                [&](StockRules& rules, QList<Movement>& written) {
                    return rules.takeOut(quantity, reason, note, written, reason == Reason::SoldOffline);
                });
}

} // namespace

bool StockLedger::receive(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                          const LotDetails& details, QList<Movement>* recorded, Lot* receivedInto)
{
    StockRules rules(tx, productId);
    if (!rules.check({}))
        return false;
    if (quantity <= 0)
        return rules.refuseQuantity();
    QSqlDatabase db = tx.database();
    const QString supplier = VietnameseText::normalized(details.supplier);
    QString code = VietnameseText::normalized(details.code);
    std::optional<Lot> lot;
    if (!code.isEmpty()) // the code as written, else typed without its diacritics ("lo-2026-11")
        lot = findLot(db, productId, code);
    if (lot) {
        // The same lot again (a second delivery of one harvest): what is said of it must agree.
        const auto differs = [](const QDate& given, const QDate& stored) {
            return given.isValid() && given != stored;
        };
        if (differs(details.harvestedOn, lot->harvestedOn) || differs(details.producedOn, lot->producedOn) ||
            differs(details.expiresOn, lot->expiresOn) || (!supplier.isEmpty() && supplier != lot->supplier))
            return rules.refuse(
                QStringLiteral("lot_details_differ"),
                tr("Lot %1 is already recorded with a different harvest date, production date, "
                   "expiry or supplier. Use a new lot code, or leave those details out.")
                    .arg(lot->code));
    } else {
        const QDate made = qMax(details.harvestedOn, details.producedOn);
        if (details.expiresOn.isValid() && made.isValid() && details.expiresOn < made)
            return rules.refuse(
                QStringLiteral("lot_dates"),
                tr("The expiry date %1 is before the harvest or production date %2.")
                    .arg(details.expiresOn.toString(kDateFormat), made.toString(kDateFormat)));
        if (code.isEmpty()) {
            // "LÔ-20261123-1": the day it arrived, numbered within the day.
            const QString prefix =
                QStringLiteral("LÔ-") + dayOf(tx).toString(QStringLiteral("yyyyMMdd")) + u'-';
            for (int n = 1; code.isEmpty() || lotByCode(db, productId, code); ++n)
                code = prefix + QString::number(n);
        }
        Lot fresh;
        fresh.id = Ids::newId();
        fresh.productId = productId;
        fresh.code = code;
        fresh.harvestedOn = details.harvestedOn;
        fresh.producedOn = details.producedOn;
        fresh.expiresOn = details.expiresOn;
        fresh.supplier = supplier;
        fresh.receivedAt = tx.now();
        Statement q(db, QStringLiteral("INSERT INTO lots (id, product_id, code, harvested_on, produced_on, "
                                       "expires_on, supplier, received_at, created_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q->addBindValue(fresh.id);
        q->addBindValue(productId);
        q->addBindValue(code);
        q->addBindValue(storedDate(fresh.harvestedOn));
        q->addBindValue(storedDate(fresh.producedOn));
        q->addBindValue(storedDate(fresh.expiresOn));
        q->addBindValue(supplier);
        q->addBindValue(fresh.receivedAt);
        q->addBindValue(tx.actor().clerkId);
        if (!q->exec())
            return tx.fail(q->lastError());
        lot = fresh;
    }
    rules.useLot(*lot); // the product is checked, and the lot is its own
    QList<Movement> written;
    if (!rules.putIn(quantity, Reason::Received, {}, written) ||
        !finish(tx, QStringLiteral("receive"), productId, written, {}, recorded))
        return false;
    if (receivedInto) {
        *receivedInto = *lot;
        receivedInto->onHand += quantity;
    }
    return true;
}

bool StockLedger::sellAtMarket(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                               const QString& lotId, const QString& note, QList<Movement>* recorded)
{
    // Goods held for a buyer are not for sale (docs/adr/0007-stock-holds.md).
    if (tx.isActive() && !tx.error() && !StockHolds::checkSale(tx, productId, quantity, lotId))
        return false;
    return takeOut(tx, QStringLiteral("sell"), productId, quantity, lotId, Reason::SoldOffline, note,
                   recorded);
}

bool StockLedger::spoil(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                        const QString& lotId, const QString& note, QList<Movement>* recorded)
{
    return takeOut(tx, QStringLiteral("spoil"), productId, quantity, lotId, Reason::Spoiled, note, recorded);
}

bool StockLedger::returned(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                           const QString& lotId, const QString& note, QList<Movement>* recorded)
{
    return putIn(tx, QStringLiteral("return"), productId, quantity, lotId, Reason::Returned, note, recorded);
}

bool StockLedger::adjust(WriteTransaction& tx, const QString& productId, MilliQuantity delta,
                         const QString& note, const QString& lotId, QList<Movement>* recorded)
{
    StockRules rules(tx, productId);
    if (!rules.check(lotId))
        return false;
    if (delta == 0)
        return rules.refuse(QStringLiteral("bad_quantity"), tr("An adjustment of zero changes nothing."));
    if (VietnameseText::normalized(note).isEmpty())
        return rules.refuse(QStringLiteral("note_required"), tr("Write down why the stock is adjusted."));
    const QString action = QStringLiteral("adjust");
    return delta > 0 ? putIn(tx, action, productId, delta, lotId, Reason::Adjustment, note, recorded)
                     : takeOut(tx, action, productId, -delta, lotId, Reason::Adjustment, note, recorded);
}

bool StockLedger::count(WriteTransaction& tx, const QString& productId, MilliQuantity counted,
                        const QString& lotId, QList<Movement>* recorded)
{
    StockRules rules(tx, productId);
    if (!rules.check(lotId))
        return false;
    if (counted < 0)
        return rules.refuse(QStringLiteral("bad_quantity"), tr("A counted quantity cannot be below zero."));
    const MilliQuantity before = lotId.isEmpty() ? onHand(tx.database(), productId) : rules.lot().onHand;
    const MilliQuantity delta = counted - before;
    if (delta == 0)
        return true; // the count confirms the ledger: nothing to record
    const QString note = tr("Counted: %1").arg(rules.amount(counted));
    QList<Movement> written;
    const bool ok = delta > 0 ? rules.putIn(delta, Reason::Adjustment, note, written)
                              : rules.takeOut(-delta, Reason::Adjustment, note, written, false, true);
    return ok && finish(tx, QStringLiteral("count"), productId, written, note, recorded);
}

MilliQuantity StockLedger::onHand(QSqlDatabase db, const QString& productId)
{
    return sumOf(
        db, QStringLiteral("SELECT COALESCE(SUM(delta_milli), 0) FROM stock_movements WHERE product_id = ?"),
        productId);
}

MilliQuantity StockLedger::onHandInLot(QSqlDatabase db, const QString& lotId)
{
    return sumOf(db,
                 QStringLiteral("SELECT COALESCE(SUM(delta_milli), 0) FROM stock_movements WHERE lot_id = ?"),
                 lotId);
}

MilliQuantity StockLedger::onHandInNoLot(QSqlDatabase db, const QString& productId)
{
    return sumOf(db,
                 QStringLiteral("SELECT COALESCE(SUM(delta_milli), 0) FROM stock_movements "
                                "WHERE product_id = ? AND lot_id IS NULL"),
                 productId);
}

QList<Lot> StockLedger::lots(QSqlDatabase db, const QString& productId, bool includeEmpty)
{
    QList<Lot> result;
    static const QString sql =
        kLotColumns +
        QStringLiteral(
            "WHERE l.product_id = ? ORDER BY l.expires_on IS NULL, l.expires_on, l.received_at, l.code");
    Statement q(db, sql);
    q->addBindValue(productId);
    if (!q->exec())
        return result;
    while (q->next()) {
        Lot lot = readLot(*q);
        if (includeEmpty || lot.onHand != 0)
            result.append(std::move(lot));
    }
    return result;
}

std::optional<Lot> StockLedger::findLot(QSqlDatabase db, const QString& productId, const QString& idOrCode)
{
    const QString text = VietnameseText::normalized(idOrCode);
    if (text.isEmpty())
        return std::nullopt;
    if (auto lot = lotById(db, text); lot && lot->productId == productId)
        return lot;
    // The product's lot codes: the one written exactly, else the only one that matches ignoring case and
    // diacritics (two that match: the code must be written exactly).
    Statement codes(db, QStringLiteral("SELECT id, code FROM lots WHERE product_id = ?"));
    codes->addBindValue(productId);
    if (!codes->exec())
        return std::nullopt;
    const QString key = VietnameseText::searchKey(text);
    QString exact;
    QStringList matching;
    while (exact.isEmpty() && codes->next()) {
        const QString code = codes->value(1).toString();
        if (code == text)
            exact = codes->value(0).toString();
        else if (VietnameseText::searchKey(code) == key)
            matching.append(codes->value(0).toString());
    }
    if (!exact.isEmpty())
        return lotById(db, exact);
    return matching.size() == 1 ? lotById(db, matching.constFirst()) : std::nullopt;
}

LotSuggestion StockLedger::suggestLots(QSqlDatabase db, const QString& productId, MilliQuantity quantity,
                                       const QDate& sellableOn)
{
    LotSuggestion suggestion;
    if (quantity <= 0)
        return suggestion;
    QList<LotPick> sources;
    bool noLotPlaced = false;
    const MilliQuantity inNoLot = onHandInNoLot(db, productId);
    const auto addNoLot = [&] {
        if (!noLotPlaced && inNoLot > 0)
            sources.append(LotPick{{}, {}, {}, inNoLot});
        noLotPlaced = true;
    };
    for (const Lot& lot : lots(db, productId)) {
        if (lot.onHand <= 0)
            continue;
        if (sellableOn.isValid() && lot.expiresOn.isValid() && lot.expiresOn < sellableOn)
            continue;
        if (!lot.expiresOn.isValid())
            addNoLot(); // stock in no lot is the oldest of what never expires
        sources.append(LotPick{lot.id, lot.code, lot.expiresOn, lot.onHand});
    }
    addNoLot();

    MilliQuantity left = quantity;
    for (LotPick source : sources) {
        if (left == 0)
            break;
        source.quantity = qMin(source.quantity, left);
        left -= source.quantity;
        suggestion.picks.append(source);
    }
    suggestion.missing = left;
    return suggestion;
}

QList<StockLedger::Movement> StockLedger::movements(QSqlDatabase db, const QString& productId, int limit)
{
    QList<Movement> result;
    if (limit <= 0)
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.product_id, m.lot_id, l.code, m.delta_milli, m.reason, m.at, "
                             "m.by_clerk, c.name, m.note FROM stock_movements m "
                             "LEFT JOIN lots l ON l.id = m.lot_id LEFT JOIN clerks c ON c.id = m.by_clerk "
                             "WHERE m.product_id = ? ORDER BY m.at DESC, m.rowid DESC LIMIT ?"));
    q.addBindValue(productId);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        Movement m;
        m.id = q.value(0).toString();
        m.productId = q.value(1).toString();
        m.lotId = q.value(2).toString();
        m.lotCode = q.value(3).toString();
        m.delta = q.value(4).toLongLong();
        m.reason = reasonFromCode(q.value(5).toString()).value_or(Reason::Adjustment);
        m.at = q.value(6).toString();
        m.clerkId = q.value(7).toString();
        m.clerkName = q.value(8).toString();
        m.note = q.value(9).toString();
        result.append(std::move(m));
    }
    return result;
}

} // namespace ChoPhien
