#pragma once

#include <core/ProductSummary.h>

#include <QSqlDatabase>
#include <QString>

namespace ChoPhien {

class WriteTransaction;

// Stock is a ledger of movements; on-hand is their sum, never an edited number.
class StockLedger final {
public:
    enum class Reason { Received, SoldOnline, SoldOffline, Spoiled, Returned, Adjustment };
    static QString reasonCode(Reason reason);

    static bool record(WriteTransaction& tx, const QString& productId, MilliQuantity delta, Reason reason,
                       const QString& note = {});
    static MilliQuantity onHand(QSqlDatabase db, const QString& productId);
};

} // namespace ChoPhien
