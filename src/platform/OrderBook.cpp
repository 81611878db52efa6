#include "OrderBook.h"

#include "OrderStatus.h"

#include <core/Ids.h>

#include <QJsonArray>
#include <QtNumeric>

namespace ChoPhien {
namespace {

QString orderNumber(qint64 number)
{
    return QStringLiteral("CP-%1").arg(number, 6, 10, QLatin1Char('0'));
}

} // namespace

OrderBook::OrderBook(PlatformStore& store, StockAdjustments& ledger, ChangesFeed& changes)
    : m_records(store)
    , m_ledger(ledger)
    , m_changes(changes)
{}

std::optional<qint64> OrderBook::lineTotal(qint64 unitPrice, qint64 quantityMilli)
{
    qint64 product = 0;
    if (qMulOverflow(unitPrice, quantityMilli, &product)) // far past kMaxTotal
        return std::nullopt;
    const qint64 total = product / 1000 + (product % 1000 >= 500 ? 1 : 0); // both positive: halves up
    if (total > kMaxTotal)
        return std::nullopt;
    return total;
}

qint64 OrderBook::unitPrice(const ProductRow& product)
{
    const QJsonValue salePrice = product.fields.value(u"sale_price");
    return (salePrice.isNull() ? product.fields.value(u"price") : salePrice).toInteger();
}

bool OrderBook::recordChange(const OrderRow& row, const QString& type, const QString& nowText, qint64 nowMs)
{
    return m_changes.record(row.sellerId, type, nowText, nowMs, row.data);
}

std::optional<QJsonObject> OrderBook::place(const Placement& placement, const QString& nowText, qint64 nowMs)
{
    bool ok = true;
    const qint64 number = m_records.nextNumber(ok);
    if (!ok)
        return std::nullopt;
    QJsonArray lines;
    qint64 total = placement.shippingFee;
    for (const Line& line : placement.lines) {
        const ProductRow& p = line.product;
        const qint64 unitPrice = OrderBook::unitPrice(p);
        const std::optional<qint64> lineTotal = OrderBook::lineTotal(unitPrice, line.quantityMilli);
        if (!lineTotal || total + *lineTotal > kMaxTotal)
            return std::nullopt;
        total += *lineTotal;
        lines.append(QJsonObject{{QStringLiteral("product_id"), p.id},
                                 {QStringLiteral("sku"), p.sku()},
                                 {QStringLiteral("name"), p.fields.value(u"name")},
                                 {QStringLiteral("quantity_milli"), line.quantityMilli},
                                 {QStringLiteral("unit"), p.fields.value(u"unit")},
                                 {QStringLiteral("unit_price"), unitPrice},
                                 {QStringLiteral("line_total"), *lineTotal}});
    }
    OrderRow row{placement.sellerId,
                 {{QStringLiteral("id"), Ids::newId()},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("number"), orderNumber(number)},
                  {QStringLiteral("status"), QStringLiteral("new")},
                  {QStringLiteral("created_at"), nowText},
                  {QStringLiteral("updated_at"), nowText},
                  {QStringLiteral("buyer"), placement.buyer},
                  {QStringLiteral("delivery"), placement.delivery},
                  {QStringLiteral("payment"), placement.payment},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("shipping_fee"), placement.shippingFee},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("tracking_number"), QString()},
                  {QStringLiteral("cancel_reason"), QString()}}};
    if (!m_records.insert(row, number) || !recordChange(row, QStringLiteral("order.created"), nowText, nowMs))
        return std::nullopt;
    for (const Line& line : placement.lines) {
        StockAdjustments::Entry entry{Ids::newId(),
                                      row.sellerId,
                                      line.product.id,
                                      -line.quantityMilli,
                                      QStringLiteral("sold_online"),
                                      0,
                                      nowText};
        if (!m_ledger.apply(entry, nowMs))
            return std::nullopt;
    }
    return row.data;
}

std::optional<QJsonObject> OrderBook::move(OrderRow order, const QString& to, const QString& trackingNumber,
                                           const QString& reason, const QString& nowText, qint64 nowMs)
{
    QJsonObject& data = order.data;
    data.insert(QStringLiteral("status"), to);
    data.insert(QStringLiteral("version"), order.version() + 1);
    data.insert(QStringLiteral("updated_at"), nowText);
    if (to == u"shipped")
        data.insert(QStringLiteral("tracking_number"), trackingNumber);
    if (OrderStatus::returnsStock(to))
        data.insert(QStringLiteral("cancel_reason"), reason);
    if (to == u"delivered") {
        QJsonObject payment = data.value(u"payment").toObject();
        payment.insert(QStringLiteral("paid"), true); // cash on delivery is paid now
        data.insert(QStringLiteral("payment"), payment);
    }
    if (!m_records.update(order) || !recordChange(order, QStringLiteral("order.updated"), nowText, nowMs))
        return std::nullopt;
    if (OrderStatus::returnsStock(to)) {
        for (const QJsonValue& value : data.value(u"lines").toArray()) {
            const QJsonObject line = value.toObject();
            StockAdjustments::Entry entry{Ids::newId(),
                                          order.sellerId,
                                          line.value(u"product_id").toString(),
                                          line.value(u"quantity_milli").toInteger(),
                                          QStringLiteral("returned"),
                                          0,
                                          nowText};
            if (!m_ledger.apply(entry, nowMs))
                return std::nullopt;
        }
    }
    return data;
}

} // namespace ChoPhien
