#pragma once

#include "StockLedger.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// A quantity of a product (optionally of one lot) kept aside for a named buyer or reference.
struct StockHold {
    QString id;
    QString productId;
    QString lotId; // empty: any lot
    QString lotCode;
    MilliQuantity quantity = 0;
    QString reference; // who or what it is held for: "chị Lan, đơn Zalo"
    QString note;
    QString createdAt; // stored time (UTC ISO 8601)
    QString createdBy;
    QString createdByName;
    QString releasedAt;    // empty while the hold is open
    QString releaseReason; // "fulfilled" or "cancelled"; empty while open
    bool isOpen() const { return releasedAt.isEmpty(); }
};

// Holds make "reserved" real (docs/adr/0007-stock-holds.md): reserved is the sum of a product's open
// holds, sellable = on-hand − reserved. A hold larger than what is sellable is refused, and so is a
// sale at the market that would take held goods (StockLedger::sellAtMarket asks checkSale()): the
// clerk releases the hold first, which leaves a record of who gave up whose goods. Spoilage and counts
// are what happened and are never refused for holds; reserved may then exceed on-hand ("short").
// Refusals go through the transaction like StockLedger's; every write adds one audit line.
class StockHolds final {
    Q_DECLARE_TR_FUNCTIONS(StockHolds)

public:
    enum class Release { Fulfilled, Cancelled };
    static QString releaseCode(Release reason);
    static std::optional<Release> releaseFromCode(const QString& code);

    static bool hold(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                     const QString& reference, const QString& lotId = {}, const QString& note = {},
                     StockHold* created = nullptr);
    // Cancelled: the goods go back to sellable, no movement. Fulfilled: the hold is released and the
    // held quantity recorded as sold at the market (from the hold's lot, else earliest expiry first),
    // in the same transaction; `recorded` receives the sale's movements.
    static bool release(WriteTransaction& tx, const QString& holdId, Release reason,
                        QList<StockLedger::Movement>* recorded = nullptr);

    static MilliQuantity reserved(QSqlDatabase db, const QString& productId);
    static MilliQuantity reservedInLot(QSqlDatabase db, const QString& lotId);
    static MilliQuantity sellable(QSqlDatabase db, const QString& productId);

    // Open holds (of one product, or of all when `productId` is empty), oldest first; with
    // `includeReleased`, released ones too, newest first.
    static QList<StockHold> list(QSqlDatabase db, const QString& productId = {}, bool includeReleased = false,
                                 int limit = 500);
    // The hold whose id is `idOrPrefix`, or whose id alone starts with it (at least 6 characters, as
    // `stock holds` shows them).
    static std::optional<StockHold> find(QSqlDatabase db, const QString& idOrPrefix);

    // Refuses (through `tx`, code "held_stock") a sale of `quantity` that would take goods held for
    // someone, naming the holds. Called by StockLedger::sellAtMarket.
    static bool checkSale(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                          const QString& lotId);
};

} // namespace ChoPhien
