#include "StatementCache.h"

#include <QSqlError>

namespace ChoPhien {
namespace {

// Each thread's active caches, by connection name.
thread_local QHash<QString, StatementCache*> t_active;

} // namespace

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
    , m_connection(m_db.connectionName())
{
    if (!t_active.contains(m_connection))
        t_active.insert(m_connection, this);
}

StatementCache::~StatementCache()
{
    if (t_active.value(m_connection) == this)
        t_active.remove(m_connection);
    // Statements still in use keep their entry (shared) and finish with it; the rest close here.
}

StatementCache* StatementCache::active(const QSqlDatabase& db)
{
    return t_active.isEmpty() ? nullptr : t_active.value(db.connectionName());
}

std::shared_ptr<StatementCache::Entry> StatementCache::prepare(const QSqlDatabase& db, const QString& sql)
{
    auto entry = std::make_shared<Entry>(db);
    entry->query.setForwardOnly(true);
    entry->query.prepare(sql); // a failure shows in exec() and lastError(), as with a QSqlQuery
    entry->inUse = true;
    return entry;
}

std::shared_ptr<StatementCache::Entry> StatementCache::take(const QString& sql)
{
    std::vector<std::shared_ptr<Entry>>& entries = m_entries[sql];
    for (const std::shared_ptr<Entry>& entry : entries) {
        if (!entry->inUse) {
            entry->inUse = true;
            ++m_reused;
            return entry;
        }
    }
    auto entry = prepare(m_db, sql);
    ++m_prepared;
    if (entry->query.lastError().type() == QSqlError::NoError)
        entries.push_back(entry); // one that failed to prepare is tried afresh next time
    return entry;
}

Statement::Statement(const QSqlDatabase& db, const QString& sql)
{
    StatementCache* cache = StatementCache::active(db);
    m_entry = cache ? cache->take(sql) : StatementCache::prepare(db, sql);
}

Statement::~Statement()
{
    m_entry->query.finish(); // no open read, no held row between uses
    m_entry->inUse = false;
}

} // namespace ChoPhien
