#include "StopRequest.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ChoPhien {
namespace {
// The QSQLITE driver hands out its sqlite3* as a QVariant named "sqlite3*".
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Called by SQLite between instructions of the watched statement; non-zero ends it (SQLITE_INTERRUPT).
int stopRequested(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}
} // namespace

void StopRequest::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_watched)
        sqlite3_interrupt(m_watched);
}

bool StopRequest::isStopped() const
{
    return m_stopped;
}

bool StopRequest::isWatching() const
{
    const std::lock_guard lock(m_mutex);
    return m_watched != nullptr;
}

StopRequest::Watch::Watch(StopRequest* request, const QSqlDatabase& db)
    : m_request(request)
{
    if (!m_request)
        return;
    sqlite3* handle = handleOf(db);
    if (handle) // every instruction: SQLite looks at it at its jumps only, so this costs little
        sqlite3_progress_handler(handle, 1, stopRequested, &m_request->m_stopped);
    const std::lock_guard lock(m_request->m_mutex);
    m_request->m_watched = handle;
}

StopRequest::Watch::~Watch()
{
    if (!m_request)
        return;
    const std::lock_guard lock(m_request->m_mutex);
    if (m_request->m_watched)
        sqlite3_progress_handler(m_request->m_watched, 0, nullptr, nullptr);
    m_request->m_watched = nullptr;
}

} // namespace ChoPhien
