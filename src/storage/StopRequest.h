#pragma once

#include <QSqlDatabase>

#include <atomic>
#include <mutex>

struct sqlite3;

namespace ChoPhien {

// Lets one thread stop another's long SQLite work (a whole-file check, a backup) at once: the work
// watches its connection while a statement runs (StopRequest::Watch), and stop() interrupts that
// statement (sqlite3_interrupt) and makes every later look at isStopped() true. A statement that had
// not quite started when stop() came is ended by the progress handler the watch installs. A
// connection is only touched while it is watched, so it is never interrupted after it was closed.
class StopRequest final {
    Q_DISABLE_COPY_MOVE(StopRequest)

public:
    StopRequest() = default;

    void stop();
    bool isStopped() const;
    // Whether a connection is being watched now: work under way that stop() would interrupt.
    bool isWatching() const;

    // While alive, stop() interrupts the statement running on `db` (it fails with SQLITE_INTERRUPT).
    // A null request watches nothing, so work can take an optional StopRequest*.
    class Watch final {
        Q_DISABLE_COPY_MOVE(Watch)

    public:
        Watch(StopRequest* request, const QSqlDatabase& db);
        ~Watch();

    private:
        StopRequest* m_request;
    };

private:
    mutable std::mutex m_mutex; // guards m_watched
    sqlite3* m_watched = nullptr;
    std::atomic_bool m_stopped = false;
};

} // namespace ChoPhien
