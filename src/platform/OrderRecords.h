#pragma once

#include "PlatformStore.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ChoPhien {

// An order as the sandbox keeps it: the whole Order of the contract, with its owner.
struct OrderRow {
    QString sellerId;
    QJsonObject data; // the Order: id, version, number, status, … as sent

    QString id() const { return data.value(u"id").toString(); }
    QString status() const { return data.value(u"status").toString(); }
    qint64 version() const { return data.value(u"version").toInteger(); }
};

// The orders table: every statement prepared once. Reads report SQL errors through `ok`.
class OrderRecords final {
    Q_DISABLE_COPY_MOVE(OrderRecords)

public:
    explicit OrderRecords(PlatformStore& store);

    // The order with this id, of any seller.
    std::optional<OrderRow> find(const QString& id, bool& ok);
    // The number the next order gets (CP-000001 first).
    qint64 nextNumber(bool& ok);
    bool insert(const OrderRow& row, qint64 number);
    // Writes status and data.
    bool update(const OrderRow& row);
    // The seller's orders with ids after `afterId`, by id, at most `limit`.
    QList<OrderRow> page(const QString& sellerId, const QString& afterId, int limit, bool& ok);
    // How many orders of any seller have `status`, and the `index`-th of them by id.
    qint64 countWithStatus(const QString& status, bool& ok);
    std::optional<OrderRow> withStatus(const QString& status, qint64 index, bool& ok);

private:
    QSqlQuery m_find;
    QSqlQuery m_next;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_page;
    QSqlQuery m_count;
    QSqlQuery m_nth;
};

} // namespace ChoPhien
