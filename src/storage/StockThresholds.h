#pragma once

#include <core/ProductSummary.h>

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ChoPhien {

class WriteTransaction;

// A product's low-stock threshold: the Stock page warns when on-hand falls to it or below. A setting
// of the cooperative's own, not part of the listing: it does not change the product's sync version.
class StockThresholds final {
    Q_DECLARE_TR_FUNCTIONS(StockThresholds)

public:
    // 0 turns the alert off; below 0 is refused. One audit line.
    static bool set(WriteTransaction& tx, const QString& productId, MilliQuantity threshold);
    static MilliQuantity get(QSqlDatabase db, const QString& productId);
};

} // namespace ChoPhien
