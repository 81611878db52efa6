#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ChoPhien {

// One SQLite connection per thread and database file (QSqlDatabase may not cross threads).
// Connections are named after the file and the thread; a thread's connections are closed when the
// thread ends, or earlier with release().
class ThreadConnection final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // The calling thread's connection to `path`, opened on first use. Read-write connections get the
    // workspace pragmas (WAL, synchronous=FULL, foreign keys, temporary files in memory, busy timeout);
    // read-only ones only the busy timeout, so opening one never changes the file. Check isOpen() on the
    // result.
    static QSqlDatabase get(const QString& path, Mode mode = Mode::ReadWrite);

    // Closes and forgets the calling thread's connections to `path`.
    static void release(const QString& path);
    // Only the connection of that mode (a read-only look beside a read-write one in use).
    static void release(const QString& path, Mode mode);
};

} // namespace ChoPhien
