#pragma once

#include "ChangesFeed.h"
#include "ProductRecords.h"

#include <QJsonObject>

#include <optional>

namespace ChoPhien {

// The stock ledger's rows: an adjustment is applied to on-hand once, kept under its op_id for
// ever and reported as `stock.adjusted`. Clients' adjustments (StockApi) and the platform's own
// (orders' `sold_online` and `returned`, the demo's `received`) all go through apply().
class StockAdjustments final {
    Q_DISABLE_COPY_MOVE(StockAdjustments)

public:
    struct Entry {
        QString opId;
        QString sellerId;
        QString productId;
        qint64 deltaMilli = 0;
        QString reason;
        qint64 onHandMilli = 0; // right after it was applied
        QString createdAt;

        // The StockAdjustment of the contract.
        QJsonObject toJson() const;
    };

    StockAdjustments(PlatformStore& store, ProductRecords& products, ChangesFeed& changes);

    // The adjustment recorded under `opId`, if any; `ok` false on an SQL error.
    std::optional<Entry> find(const QString& opId, bool& ok);
    // Adds the delta to the product's on-hand (filling in `entry.onHandMilli`), records the row and
    // the change, all in the caller's transaction. The StockAdjustment as compact JSON (serialised
    // once, for the change and an answer alike), or nullopt on an SQL error.
    std::optional<QByteArray> apply(Entry& entry, qint64 atMs);

private:
    ProductRecords& m_products;
    ChangesFeed& m_changes;
    QSqlQuery m_find;
    QSqlQuery m_insert;
};

} // namespace ChoPhien
