#pragma once

#include "ChangesFeed.h"
#include "OrderRecords.h"
#include "ProductRecords.h"
#include "StockAdjustments.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ChoPhien {

// What happens to orders, whoever asks (a seller's status change, the buyer simulator): each
// effect in the caller's transaction, its stock moves through the ledger and its change in the
// feed (`order.created`, `order.updated`, `stock.adjusted`). Rules are the caller's to check.
class OrderBook final {
    Q_DISABLE_COPY_MOVE(OrderBook)

public:
    OrderBook(PlatformStore& store, StockAdjustments& ledger, ChangesFeed& changes);

    OrderRecords& records() { return m_records; }

    struct Line {
        ProductRow product;
        qint64 quantityMilli = 0;
    };
    struct Placement {
        QString sellerId;
        QList<Line> lines;
        QJsonObject buyer;    // Buyer
        QJsonObject delivery; // Delivery
        QJsonObject payment;  // Payment
        qint64 shippingFee = 0;
    };
    // A new order (status `new`, version 1), its lines taken from stock at once (`sold_online`).
    // The Order, or nullopt on an SQL error.
    std::optional<QJsonObject> place(const Placement& placement, const QString& nowText, qint64 nowMs);
    // Moves the order to `to` (the caller checked OrderStatus::canMove): version + 1, the tracking
    // number or reason kept, a cod order paid on delivery, the goods back in stock (`returned`) on
    // cancelled and returned. The new Order, or nullopt on an SQL error.
    std::optional<QJsonObject> move(OrderRow order, const QString& to, const QString& trackingNumber,
                                    const QString& reason, const QString& nowText, qint64 nowMs);

    static constexpr qint64 kMaxTotal = 1000000000000LL; // đồng

    // The sale price when there is one, else the price.
    static qint64 unitPrice(const ProductRow& product);
    // round(unit price × quantity / 1000), halves away from zero; nullopt past kMaxTotal.
    static std::optional<qint64> lineTotal(qint64 unitPrice, qint64 quantityMilli);

private:
    bool recordChange(const OrderRow& row, const QString& type, const QString& nowText, qint64 nowMs);

    OrderRecords m_records;
    StockAdjustments& m_ledger;
    ChangesFeed& m_changes;
};

} // namespace ChoPhien
