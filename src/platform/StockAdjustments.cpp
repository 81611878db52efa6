#include "StockAdjustments.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcLedger, "chophien.platform.stock")
} // namespace

QJsonObject StockAdjustments::Entry::toJson() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("delta_milli"), deltaMilli},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("stock_on_hand_milli"), onHandMilli},
            {QStringLiteral("created_at"), createdAt}};
}

StockAdjustments::StockAdjustments(PlatformStore& store, ProductRecords& products, ChangesFeed& changes)
    : m_products(products)
    , m_changes(changes)
    , m_find(store.prepare(
          QStringLiteral("SELECT seller_id, product_id, delta_milli, reason, stock_on_hand_milli, "
                         "created_at FROM stock_adjustments WHERE op_id = ?")))
    , m_insert(store.prepare(
          QStringLiteral("INSERT INTO stock_adjustments(op_id, seller_id, product_id, delta_milli, "
                         "reason, stock_on_hand_milli, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
{}

std::optional<StockAdjustments::Entry> StockAdjustments::find(const QString& opId, bool& ok)
{
    m_find.bindValue(0, opId);
    ok = m_find.exec();
    std::optional<Entry> entry;
    if (ok && m_find.next())
        entry = Entry{opId,
                      m_find.value(0).toString(),
                      m_find.value(1).toString(),
                      m_find.value(2).toLongLong(),
                      m_find.value(3).toString(),
                      m_find.value(4).toLongLong(),
                      m_find.value(5).toString()};
    m_find.finish();
    return entry;
}

std::optional<QByteArray> StockAdjustments::apply(Entry& entry, qint64 atMs)
{
    const std::optional<qint64> onHand = m_products.addStock(entry.productId, entry.deltaMilli);
    if (!onHand)
        return std::nullopt;
    entry.onHandMilli = *onHand;
    m_insert.bindValue(0, entry.opId);
    m_insert.bindValue(1, entry.sellerId);
    m_insert.bindValue(2, entry.productId);
    m_insert.bindValue(3, entry.deltaMilli);
    m_insert.bindValue(4, entry.reason);
    m_insert.bindValue(5, entry.onHandMilli);
    m_insert.bindValue(6, entry.createdAt);
    if (!m_insert.exec()) {
        qCWarning(lcLedger) << "cannot record the adjustment:" << m_insert.lastError().text();
        return std::nullopt;
    }
    QByteArray json = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    if (!m_changes.record(entry.sellerId, QStringLiteral("stock.adjusted"), entry.createdAt, atMs, json))
        return std::nullopt;
    return json;
}

} // namespace ChoPhien
