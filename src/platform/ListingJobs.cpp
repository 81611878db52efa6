#include "ListingJobs.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcJobs, "chophien.platform.listingjobs")

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcJobs) << q.lastQuery() << "failed:" << q.lastError().text();
    return false;
}

} // namespace

ListingJobs::ListingJobs(PlatformStore& store)
    : m_schedule(store.prepare(
          QStringLiteral("INSERT INTO listing_jobs(product_id, step, due_ms) VALUES (?, ?, ?) "
                         "ON CONFLICT(product_id, step) DO UPDATE SET due_ms = excluded.due_ms")))
    , m_done(store.prepare(QStringLiteral("DELETE FROM listing_jobs WHERE product_id = ? AND step = ?")))
    , m_dropChannels(store.prepare(
          QStringLiteral("DELETE FROM listing_jobs WHERE product_id = ? AND step LIKE 'channel:%'")))
    , m_due(
          store.prepare(QStringLiteral("SELECT product_id, step, due_ms FROM listing_jobs WHERE due_ms <= ? "
                                       "ORDER BY due_ms LIMIT ?")))
    , m_next(store.prepare(QStringLiteral("SELECT min(due_ms) FROM listing_jobs")))
{}

bool ListingJobs::schedule(const QString& productId, const QString& step, qint64 dueMs)
{
    m_schedule.bindValue(0, productId);
    m_schedule.bindValue(1, step);
    m_schedule.bindValue(2, dueMs);
    return run(m_schedule);
}

bool ListingJobs::done(const QString& productId, const QString& step)
{
    m_done.bindValue(0, productId);
    m_done.bindValue(1, step);
    return run(m_done);
}

bool ListingJobs::dropChannelSteps(const QString& productId)
{
    m_dropChannels.bindValue(0, productId);
    return run(m_dropChannels);
}

QList<ListingJobs::Job> ListingJobs::due(qint64 nowMs, int limit, bool& ok)
{
    m_due.bindValue(0, nowMs);
    m_due.bindValue(1, limit);
    ok = run(m_due);
    QList<Job> jobs;
    while (ok && m_due.next())
        jobs.append({m_due.value(0).toString(), m_due.value(1).toString(), m_due.value(2).toLongLong()});
    m_due.finish();
    return jobs;
}

std::optional<qint64> ListingJobs::nextDue(bool& ok)
{
    ok = run(m_next);
    std::optional<qint64> next;
    if (ok && m_next.next() && !m_next.value(0).isNull())
        next = m_next.value(0).toLongLong();
    m_next.finish();
    return next;
}

} // namespace ChoPhien
