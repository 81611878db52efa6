#include "ChangesFeed.h"

#include "Paging.h"

#include <core/Ids.h>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcChanges, "chophien.platform.changes")

const QString kEpochKey = QStringLiteral("epoch");
const QString kPurgedKey = QStringLiteral("changes_purged_through");

} // namespace

ChangesFeed::ChangesFeed(PlatformStore& store)
    : m_store(store)
    , m_insert(store.prepare(
          QStringLiteral("INSERT INTO changes(seller_id, type, at, at_ms, data) VALUES (?, ?, ?, ?, ?)")))
    , m_after(store.prepare(QStringLiteral(
          "SELECT seq, type, at, data FROM changes WHERE seller_id = ? AND seq > ? ORDER BY seq LIMIT ?")))
    , m_head(store.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'")))
{
    if (store.meta(kEpochKey).isEmpty())
        store.setMeta(kEpochKey, Ids::newId());
    reload();
}

void ChangesFeed::reload()
{
    m_epoch = m_store.meta(kEpochKey);
    m_purgedThrough = m_store.meta(kPurgedKey, QStringLiteral("0")).toLongLong();
}

bool ChangesFeed::cutHistory()
{
    bool ok = true;
    const qint64 through = head(ok);
    QSqlQuery q(m_store.database());
    if (!ok || !q.exec(QStringLiteral("DELETE FROM changes"))) {
        qCWarning(lcChanges) << "cannot cut the changes history:" << q.lastError().text();
        return false;
    }
    return m_store.setMeta(kEpochKey, Ids::newId()) && m_store.setMeta(kPurgedKey, QString::number(through));
}

std::optional<qint64> ChangesFeed::count()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM changes")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool ChangesFeed::record(const QString& sellerId, const QString& type, const QString& at, qint64 atMs,
                         const QJsonObject& data)
{
    return record(sellerId, type, at, atMs, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

bool ChangesFeed::record(const QString& sellerId, const QString& type, const QString& at, qint64 atMs,
                         const QByteArray& compactJson)
{
    m_insert.bindValue(0, sellerId);
    m_insert.bindValue(1, type);
    m_insert.bindValue(2, at);
    m_insert.bindValue(3, atMs);
    m_insert.bindValue(4, QString::fromUtf8(compactJson));
    if (m_insert.exec())
        return true;
    qCWarning(lcChanges) << "cannot record a change:" << m_insert.lastError().text();
    return false;
}

QList<ChangesFeed::Change> ChangesFeed::after(const QString& sellerId, qint64 seq, int limit, bool& ok)
{
    m_after.bindValue(0, sellerId);
    m_after.bindValue(1, seq);
    m_after.bindValue(2, limit);
    ok = m_after.exec();
    QList<Change> changes;
    while (ok && m_after.next())
        changes.append({m_after.value(0).toLongLong(), m_after.value(1).toString().toLatin1(),
                        m_after.value(2).toString(), m_after.value(3).toString().toUtf8()});
    if (!ok)
        qCWarning(lcChanges) << "cannot read changes:" << m_after.lastError().text();
    m_after.finish();
    return changes;
}

qint64 ChangesFeed::head(bool& ok)
{
    ok = m_head.exec();
    const qint64 seq = ok && m_head.next() ? m_head.value(0).toLongLong() : 0;
    m_head.finish();
    return seq;
}

bool ChangesFeed::purge(qint64 nowMs)
{
    QSqlQuery q(m_store.database());
    // Changes are appended in time order: everything before the first one young enough to keep goes.
    q.prepare(
        QStringLiteral("SELECT coalesce((SELECT seq FROM changes WHERE at_ms >= ? ORDER BY seq LIMIT 1) - 1, "
                       "(SELECT max(seq) FROM changes), 0)"));
    q.addBindValue(nowMs - kKeepMs);
    if (!q.exec() || !q.next())
        return false;
    const qint64 through = q.value(0).toLongLong();
    q.finish();
    if (through <= m_purgedThrough)
        return true;
    if (!m_store.begin())
        return false;
    q.prepare(QStringLiteral("DELETE FROM changes WHERE seq <= ?"));
    q.addBindValue(through);
    if (!q.exec() || !m_store.setMeta(kPurgedKey, QString::number(through))) {
        m_store.rollback();
        return false;
    }
    if (!m_store.commit())
        return false;
    m_purgedThrough = through;
    qCInfo(lcChanges) << "purged changes through seq" << through;
    return true;
}

QString ChangesFeed::cursor(const QString& epoch, qint64 seq)
{
    return Paging::encodeCursor(epoch.toLatin1() + '.' + QByteArray::number(seq));
}

bool ChangesFeed::parseCursor(const QString& cursor, QString& epoch, qint64& seq)
{
    const std::optional<QByteArray> raw = Paging::decodeCursor(cursor);
    if (!raw)
        return false;
    const qsizetype dot = raw->lastIndexOf('.');
    if (dot <= 0)
        return false;
    bool ok = false;
    seq = raw->mid(dot + 1).toLongLong(&ok);
    epoch = QString::fromLatin1(raw->left(dot));
    return ok && seq >= 0;
}

} // namespace ChoPhien
