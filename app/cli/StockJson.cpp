#include "StockJson.h"

#include <core/Quantity.h>

namespace ChoPhien::Cli::StockJson {

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
}

QJsonValue date(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(kDateFormat)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString signedQuantity(MilliQuantity delta)
{
    return delta > 0 ? u'+' + Quantity::format(delta) : Quantity::format(delta);
}

QString localTime(const QString& stored)
{
    return QDateTime::fromString(stored, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void addQuantity(QJsonObject& object, const QString& key, MilliQuantity quantity)
{
    object.insert(key + QStringLiteral("_milli"), quantity);
    object.insert(key, Quantity::format(quantity));
}

QJsonObject product(const ProductSummary& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("sku"), p.sku},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("unit"), p.unit}};
}

QJsonObject lot(const Lot& lot)
{
    QJsonObject json{{QStringLiteral("id"), lot.id},
                     {QStringLiteral("code"), lot.code},
                     {QStringLiteral("harvested_on"), date(lot.harvestedOn)},
                     {QStringLiteral("produced_on"), date(lot.producedOn)},
                     {QStringLiteral("expires_on"), date(lot.expiresOn)},
                     {QStringLiteral("supplier"), lot.supplier},
                     {QStringLiteral("received_at"), lot.receivedAt}};
    addQuantity(json, QStringLiteral("on_hand"), lot.onHand);
    return json;
}

QJsonObject movement(const StockLedger::Movement& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("at"), m.at},
            {QStringLiteral("reason"), StockLedger::reasonCode(m.reason)},
            {QStringLiteral("delta_milli"), m.delta},
            {QStringLiteral("delta"), signedQuantity(m.delta)},
            {QStringLiteral("lot_id"), textOrNull(m.lotId)},
            {QStringLiteral("lot_code"), textOrNull(m.lotCode)},
            {QStringLiteral("clerk_id"), m.clerkId},
            {QStringLiteral("clerk"), m.clerkName},
            {QStringLiteral("note"), m.note}};
}

QJsonObject hold(const StockHold& h)
{
    QJsonObject json{{QStringLiteral("id"), h.id},
                     {QStringLiteral("product_id"), h.productId},
                     {QStringLiteral("lot_id"), textOrNull(h.lotId)},
                     {QStringLiteral("lot_code"), textOrNull(h.lotCode)},
                     {QStringLiteral("reference"), h.reference},
                     {QStringLiteral("note"), h.note},
                     {QStringLiteral("created_at"), h.createdAt},
                     {QStringLiteral("created_by"), h.createdBy},
                     {QStringLiteral("open"), h.isOpen()},
                     {QStringLiteral("released_at"), textOrNull(h.releasedAt)},
                     {QStringLiteral("release_reason"), textOrNull(h.releaseReason)}};
    addQuantity(json, QStringLiteral("quantity"), h.quantity);
    return json;
}

QJsonObject row(const StockRow& r)
{
    QJsonObject json{{QStringLiteral("product_id"), r.productId},
                     {QStringLiteral("sku"), r.sku},
                     {QStringLiteral("name"), r.name},
                     {QStringLiteral("unit"), r.unit},
                     {QStringLiteral("next_expiry"), date(r.nextExpiry)},
                     {QStringLiteral("low"), r.isLow()}};
    addQuantity(json, QStringLiteral("on_hand"), r.onHand);
    addQuantity(json, QStringLiteral("reserved"), r.reserved);
    addQuantity(json, QStringLiteral("sellable"), r.sellable());
    addQuantity(json, QStringLiteral("threshold"), r.threshold);
    return json;
}

} // namespace ChoPhien::Cli::StockJson
