#include "OrderRecords.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcOrders, "chophien.platform.orders")

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcOrders) << q.lastQuery() << "failed:" << q.lastError().text();
    return false;
}

OrderRow read(const QSqlQuery& q)
{
    return {q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object()};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

OrderRecords::OrderRecords(PlatformStore& store)
    : m_find(store.prepare(QStringLiteral("SELECT seller_id, data FROM orders WHERE id = ?")))
    , m_next(store.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM orders")))
    , m_insert(store.prepare(
          QStringLiteral("INSERT INTO orders(id, seller_id, number, status, data) VALUES (?, ?, ?, ?, ?)")))
    , m_update(store.prepare(QStringLiteral("UPDATE orders SET status = ?, data = ? WHERE id = ?")))
    , m_page(store.prepare(QStringLiteral(
          "SELECT seller_id, data FROM orders WHERE seller_id = ? AND id > ? ORDER BY id LIMIT ?")))
    , m_count(store.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE status = ?")))
    , m_nth(store.prepare(QStringLiteral(
          "SELECT seller_id, data FROM orders WHERE status = ? ORDER BY seller_id, id LIMIT 1 OFFSET ?")))
{}

std::optional<OrderRow> OrderRecords::find(const QString& id, bool& ok)
{
    m_find.bindValue(0, id);
    ok = run(m_find);
    std::optional<OrderRow> row;
    if (ok && m_find.next())
        row = read(m_find);
    m_find.finish();
    return row;
}

qint64 OrderRecords::nextNumber(bool& ok)
{
    ok = run(m_next) && m_next.next();
    const qint64 number = ok ? m_next.value(0).toLongLong() : 0;
    m_next.finish();
    return number;
}

bool OrderRecords::insert(const OrderRow& row, qint64 number)
{
    m_insert.bindValue(0, row.id());
    m_insert.bindValue(1, row.sellerId);
    m_insert.bindValue(2, number);
    m_insert.bindValue(3, row.status());
    m_insert.bindValue(4, compact(row.data));
    return run(m_insert);
}

bool OrderRecords::update(const OrderRow& row)
{
    m_update.bindValue(0, row.status());
    m_update.bindValue(1, compact(row.data));
    m_update.bindValue(2, row.id());
    return run(m_update);
}

QList<OrderRow> OrderRecords::page(const QString& sellerId, const QString& afterId, int limit, bool& ok)
{
    m_page.bindValue(0, sellerId);
    m_page.bindValue(1, afterId.isNull() ? QStringLiteral("") : afterId); // a null QString binds NULL
    m_page.bindValue(2, limit);
    ok = run(m_page);
    QList<OrderRow> rows;
    while (ok && m_page.next())
        rows.append(read(m_page));
    m_page.finish();
    return rows;
}

qint64 OrderRecords::countWithStatus(const QString& status, bool& ok)
{
    m_count.bindValue(0, status);
    ok = run(m_count) && m_count.next();
    const qint64 count = ok ? m_count.value(0).toLongLong() : 0;
    m_count.finish();
    return count;
}

std::optional<OrderRow> OrderRecords::withStatus(const QString& status, qint64 index, bool& ok)
{
    m_nth.bindValue(0, status);
    m_nth.bindValue(1, index);
    ok = run(m_nth);
    std::optional<OrderRow> row;
    if (ok && m_nth.next())
        row = read(m_nth);
    m_nth.finish();
    return row;
}

} // namespace ChoPhien
