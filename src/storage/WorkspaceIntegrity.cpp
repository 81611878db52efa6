#include "WorkspaceIntegrity.h"

#include "StopRequest.h"
#include "ThreadConnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ChoPhien {
namespace {
const QString kStopped = QStringLiteral("check stopped");
constexpr int kSqliteInterrupt = 9;

// A failed or unhappy check as an error: SQLite's own kind when it says one (a full disk, a busy
// file), else Damaged with what the check said.
StorageError damageFrom(const QSqlQuery& q, const QString& complaint, const QString& path)
{
    StorageError error = StorageError::fromSql(q.lastError(), path);
    if (!error || error.kind() == StorageError::Kind::Failed)
        error = StorageError(StorageError::Kind::Damaged,
                             complaint.isEmpty() ? q.lastError().text() : complaint, path);
    return error;
}
} // namespace

qint64 WorkspaceIntegrity::bytesToCheck(const QString& databasePath)
{
    return QFileInfo(databasePath).size() + QFileInfo(databasePath + QStringLiteral("-wal")).size();
}

StorageError WorkspaceIntegrity::check(const QString& databasePath, StopRequest* stop)
{
    StorageError error;
    {
        QSqlDatabase db = ThreadConnection::get(databasePath, ThreadConnection::Mode::ReadOnly);
        error = db.isOpen() ? check(db, stop) : StorageError::fromSql(db.lastError(), databasePath);
    }
    ThreadConnection::release(databasePath, ThreadConnection::Mode::ReadOnly);
    return error;
}

StorageError WorkspaceIntegrity::check(QSqlDatabase db, StopRequest* stop)
{
    const QString path = db.databaseName();
    QSqlQuery q(db);
    bool ran = false;
    {
        const StopRequest::Watch watch(stop, db);
        // A stop asked for before the watch began would not interrupt anything.
        if (!(stop && stop->isStopped()))
            ran = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
    }
    if (stop && stop->isStopped()) {
        const bool interrupted = !ran && q.lastError().nativeErrorCode().toInt() == kSqliteInterrupt;
        return StorageError(StorageError::Kind::Failed,
                            interrupted ? kStopped + QStringLiteral(" part way") : kStopped, path);
    }
    if (ran && q.value(0).toString() == u"ok")
        return {};
    return damageFrom(q, ran ? q.value(0).toString() : QString(), path);
}

StorageError WorkspaceIntegrity::checkSchema(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return damageFrom(q, {}, db.databaseName());
    while (q.next()) {
    }
    if (q.lastError().isValid())
        return damageFrom(q, {}, db.databaseName());
    return {};
}

bool WorkspaceIntegrity::wasStopped(const StorageError& error)
{
    return error.kind() == StorageError::Kind::Failed && error.detail().startsWith(kStopped);
}

} // namespace ChoPhien
