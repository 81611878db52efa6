#include "UploadRecords.h"

#include "SqlRows.h"
#include "UploadRules.h"

#include <QDateTime>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcUploads, "chophien.platform.uploads")

const QString kColumns =
    QStringLiteral("id, seller_id, sha256, length, content_type, received, complete, touched_ms, created_at");

bool run(QSqlQuery& q)
{
    return SqlRows::run(q, lcUploads());
}

} // namespace

QJsonObject UploadRow::toJson(qint64 offset) const
{
    const QJsonValue expires =
        complete ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QDateTime::fromMSecsSinceEpoch(UploadRules::expiresAtMs(touchedMs), Qt::UTC)
                                  .toString(Qt::ISODateWithMs));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("length"), length},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("offset"), complete ? length : offset},
            {QStringLiteral("complete"), complete},
            {QStringLiteral("expires_at"), expires}};
}

UploadRecords::UploadRecords(PlatformStore& store)
    : m_find(
          store.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM uploads WHERE id = ?")))
    , m_same(
          store.prepare(QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM uploads WHERE seller_id = ? AND sha256 = ? AND length = ? AND "
                                       "content_type = ? ORDER BY complete DESC, touched_ms DESC LIMIT 1")))
    , m_insert(store.prepare(QStringLiteral("INSERT INTO uploads(") + kColumns +
                             QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_received(
          store.prepare(QStringLiteral("UPDATE uploads SET received = ?, touched_ms = ? WHERE id = ?")))
    , m_complete(store.prepare(
          QStringLiteral("UPDATE uploads SET received = length, complete = 1, touched_ms = ? WHERE id = ?")))
    , m_unfinished(
          store.prepare(QStringLiteral("SELECT id FROM uploads WHERE complete = 0 AND touched_ms < ?")))
    , m_unused(store.prepare(QStringLiteral(
          "SELECT u.id FROM uploads u WHERE u.complete = 1 AND u.touched_ms < ? AND NOT EXISTS "
          "(SELECT 1 FROM photos p WHERE p.sha256 = u.sha256 AND p.seller_id = u.seller_id)")))
    , m_remove(store.prepare(QStringLiteral("DELETE FROM uploads WHERE id = ?")))
    , m_isUnfinished(store.prepare(QStringLiteral("SELECT 1 FROM uploads WHERE id = ? AND complete = 0")))
    , m_inUse(store.prepare(
          QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM uploads WHERE sha256 = ? AND complete = 1) "
                         "OR EXISTS (SELECT 1 FROM photos WHERE sha256 = ?)")))
{}

UploadRow UploadRecords::read(const QSqlQuery& q)
{
    UploadRow row;
    row.id = q.value(0).toString();
    row.sellerId = q.value(1).toString();
    row.sha256 = q.value(2).toString();
    row.length = q.value(3).toLongLong();
    row.contentType = q.value(4).toString();
    row.received = q.value(5).toLongLong();
    row.complete = q.value(6).toInt() != 0;
    row.touchedMs = q.value(7).toLongLong();
    row.createdAt = q.value(8).toString();
    return row;
}

std::optional<UploadRow> UploadRecords::find(const QString& id, bool& ok)
{
    m_find.bindValue(0, id);
    return SqlRows::one(m_find, lcUploads(), read, ok);
}

std::optional<UploadRow> UploadRecords::findSame(const QString& sellerId, const QString& sha256,
                                                 qint64 length, const QString& contentType, bool& ok)
{
    m_same.bindValue(0, sellerId);
    m_same.bindValue(1, sha256);
    m_same.bindValue(2, length);
    m_same.bindValue(3, contentType);
    return SqlRows::one(m_same, lcUploads(), read, ok);
}

bool UploadRecords::insert(const UploadRow& row)
{
    m_insert.bindValue(0, row.id);
    m_insert.bindValue(1, row.sellerId);
    m_insert.bindValue(2, row.sha256);
    m_insert.bindValue(3, row.length);
    m_insert.bindValue(4, row.contentType);
    m_insert.bindValue(5, row.received);
    m_insert.bindValue(6, row.complete ? 1 : 0);
    m_insert.bindValue(7, row.touchedMs);
    m_insert.bindValue(8, row.createdAt);
    return run(m_insert);
}

bool UploadRecords::setReceived(const QString& id, qint64 received, qint64 touchedMs)
{
    m_received.bindValue(0, received);
    m_received.bindValue(1, touchedMs);
    m_received.bindValue(2, id);
    return run(m_received);
}

bool UploadRecords::markComplete(const QString& id, qint64 touchedMs)
{
    m_complete.bindValue(0, touchedMs);
    m_complete.bindValue(1, id);
    return run(m_complete);
}

QList<QString> UploadRecords::ids(QSqlQuery& q, qint64 beforeMs, bool& ok)
{
    q.bindValue(0, beforeMs);
    return SqlRows::all(
        q, lcUploads(), [](const QSqlQuery& row) { return row.value(0).toString(); }, ok);
}

QList<QString> UploadRecords::unfinishedBefore(qint64 beforeMs, bool& ok)
{
    return ids(m_unfinished, beforeMs, ok);
}

QList<QString> UploadRecords::unusedCompleteBefore(qint64 beforeMs, bool& ok)
{
    return ids(m_unused, beforeMs, ok);
}

bool UploadRecords::remove(const QString& id)
{
    m_remove.bindValue(0, id);
    return run(m_remove);
}

bool UploadRecords::isUnfinished(const QString& id, bool& ok)
{
    m_isUnfinished.bindValue(0, id);
    return SqlRows::any(m_isUnfinished, lcUploads(), ok);
}

bool UploadRecords::fileInUse(const QString& sha256, bool& ok)
{
    m_inUse.bindValue(0, sha256);
    m_inUse.bindValue(1, sha256);
    return SqlRows::any(m_inUse, lcUploads(), ok);
}

} // namespace ChoPhien
