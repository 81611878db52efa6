#include "ThreadConnection.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcConnection, "chophien.storage.connection")

// Closes whatever this thread still has open when the thread ends.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

QString connectionName(const QString& path, ThreadConnection::Mode mode)
{
    return QStringLiteral("chophien:%1:%2:%3")
        .arg(mode == ThreadConnection::Mode::ReadOnly ? u"ro" : u"rw")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(path);
}

bool applyPragmas(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // A page cache of 32 MB (SQLite's default is 2 MB) holds the list indexes of a 100,000-product
    // workspace (about 8 MB each), so filtering and scrolling read them from memory; it fills only as
    // pages are read. temp_store=MEMORY keeps statement journals (the undo of one statement inside a
    // transaction, never needed after a crash) in memory: on disk, every write statement of a long
    // transaction spilled them to a temporary file (docs/adr/0012-statement-cache.md).
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-32768", "PRAGMA temp_store=MEMORY"}) {
        if (!q.exec(QLatin1StringView(pragma))) {
            qCWarning(lcConnection) << "pragma failed" << pragma << q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QSqlDatabase ThreadConnection::get(const QString& path, Mode mode)
{
    const QString name = connectionName(path, mode);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == Mode::ReadOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcConnection) << "cannot open" << path << db.lastError().text();
        return db;
    }
    if (mode == Mode::ReadWrite && !applyPragmas(db)) {
        db.close();
        return db;
    }
    if (!t_connections.names.contains(name))
        t_connections.names.append(name);
    return db;
}

void ThreadConnection::release(const QString& path)
{
    release(path, Mode::ReadWrite);
    release(path, Mode::ReadOnly);
}

void ThreadConnection::release(const QString& path, Mode mode)
{
    const QString name = connectionName(path, mode);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    t_connections.names.removeAll(name);
}

} // namespace ChoPhien
