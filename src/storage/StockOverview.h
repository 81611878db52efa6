#pragma once

#include <core/ProductSummary.h>

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ChoPhien {

// One product's stock as the Stock page lists it. Everything but the threshold is derived: on-hand
// from the ledger, reserved from open holds, the next expiry from lots that still hold stock.
struct StockRow {
    QString productId;
    QString name;
    QString sku;
    QString unit;
    MilliQuantity onHand = 0;
    MilliQuantity reserved = 0;
    MilliQuantity threshold = 0; // 0: no low-stock alert
    QDate nextExpiry;            // the earliest expiry of a lot with stock; none when no such lot expires
    MilliQuantity sellable() const { return onHand - reserved; }
    bool isLow() const { return threshold > 0 && onHand <= threshold; }
    bool isShort() const { return reserved > onHand; } // holds promise more than is on hand
    bool expiresBy(const QDate& day) const { return nextExpiry.isValid() && nextExpiry <= day; }
};

enum class StockFilter {
    All,
    LowStock, // on-hand ≤ threshold, threshold set
    Expiring, // a lot with stock expires on or before the day given (expired ones included)
};

struct StockCursor {
    QString sortKey;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

struct StockRowPage {
    QList<StockRow> rows;
    StockCursor next; // isStart() when this was the last page
};

struct StockAlertCounts {
    qint64 lowStock = 0;     // products at or below their threshold
    qint64 expiringLots = 0; // lots with stock that expire on or before the day given, or have expired
};

// A lot with stock that expires soon (or has), for the alerts list.
struct ExpiringLot {
    QString lotId;
    QString code;
    QDate expiresOn;
    MilliQuantity onHand = 0;
    QString productId;
    QString productName;
    QString sku;
    QString unit;
};

// The Stock page's reads: products that can be sold (not deleted, not archived) in Vietnamese name
// order with keyset paging, filtered by alert; and the counts for the alert banner. Each page costs
// the same wherever it starts, and the filters read through partial indexes (migration 0007), so a
// 100,000-product workspace pages as fast as a small one.
class StockOverview final {
public:
    static StockRowPage page(QSqlDatabase db, StockFilter filter, const QDate& expiringBy,
                             const StockCursor& after, int limit);
    // The rows of these products (search results), in the order given, keeping those the filter passes.
    static QList<StockRow> rows(QSqlDatabase db, const QStringList& productIds, StockFilter filter,
                                const QDate& expiringBy);
    static std::optional<StockRow> row(QSqlDatabase db, const QString& productId);
    static StockAlertCounts counts(QSqlDatabase db, const QDate& expiringBy);
    // The same through the calling thread's own read-only connection to the workspace file at
    // `databasePath`, closed again afterwards: for counting on a pool thread.
    static StockAlertCounts countsOf(const QString& databasePath, const QDate& expiringBy);
    // Expiring lots, the earliest first.
    static QList<ExpiringLot> expiringLots(QSqlDatabase db, const QDate& expiringBy, int limit);
    // Whether the workspace has a sellable product (the page shows an empty state when not).
    static bool hasProducts(QSqlDatabase db);
};

} // namespace ChoPhien

// Moved by memcpy: the Stock page's list grows by realloc as it scrolls (see ProductSummary).
Q_DECLARE_TYPEINFO(ChoPhien::StockRow, Q_RELOCATABLE_TYPE);
