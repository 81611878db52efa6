#include "Backups.h"

#include "ThreadConnection.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcBackups, "chophien.storage.backups")

QString backupsFolder(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral("backups"));
}

QString quoted(const QString& path)
{
    QString escaped = path;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

StorageError vacuumInto(QSqlDatabase& db, const QString& target)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("VACUUM INTO ") + quoted(target)))
        return {};
    QFile::remove(target); // a half-written copy is worse than none
    return StorageError::fromSql(q.lastError(), target);
}

} // namespace

QString Backups::create(const Workspace& workspace, const QString& reason, StorageError* error)
{
    const QString folder = workspace.backupsPath();
    QDir().mkpath(folder);
    const QString stamp = workspace.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QDir(folder).filePath(QStringLiteral("workspace-%1-%2.db").arg(stamp, reason));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("workspace-%1-%2-%3.db").arg(stamp, reason).arg(n));

    QSqlDatabase db = workspace.database();
    StorageError result = vacuumInto(db, target);
    if (error)
        *error = result;
    if (result) {
        qCWarning(lcBackups) << "backup failed:" << result.detail();
        return {};
    }
    qCInfo(lcBackups) << "backup written" << target;
    return target;
}

QStringList Backups::list(const QString& workspaceFolder)
{
    const QDir dir(backupsFolder(workspaceFolder));
    QStringList names =
        dir.entryList({QStringLiteral("workspace-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& name : names)
        name = dir.filePath(name);
    return names;
}

QString Backups::latest(const QString& workspaceFolder)
{
    const QStringList all = list(workspaceFolder);
    return all.isEmpty() ? QString() : all.first();
}

bool Backups::isDue(const QString& workspaceFolder, const Clock& clock, int maxAgeHours)
{
    const QString newest = latest(workspaceFolder);
    if (newest.isEmpty())
        return true;
    // The time is in the name, so a copied folder keeps its backups' real ages.
    const QString stamp = QFileInfo(newest).completeBaseName().mid(10, 15);
    QDateTime at = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    at.setTimeSpec(Qt::UTC);
    return !at.isValid() || at.secsTo(clock.now()) > qint64(maxAgeHours) * 3600;
}

void Backups::prune(const QString& workspaceFolder, const QString& reason, int keep)
{
    int seen = 0;
    for (const QString& path : list(workspaceFolder)) {
        if (!QFileInfo(path).completeBaseName().endsWith(u'-' + reason))
            continue;
        if (++seen > keep)
            QFile::remove(path);
    }
}

StorageError Backups::restoreLatest(const QString& workspaceFolder, const Clock& clock, QString* keptAs)
{
    const QString source = latest(workspaceFolder);
    if (source.isEmpty())
        return StorageError(StorageError::Kind::Failed, QStringLiteral("no backup"),
                            backupsFolder(workspaceFolder));

    QLockFile lock(QDir(workspaceFolder).filePath(QStringLiteral("workspace.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return StorageError(StorageError::Kind::Locked, QStringLiteral("open elsewhere"), workspaceFolder);

    const QString dbPath = QDir(workspaceFolder).filePath(Workspace::databaseFileName());
    if (QFileInfo::exists(dbPath)) {
        const QString aside = dbPath + QStringLiteral(".damaged-") +
                              clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(dbPath + suffix) && !QFile::rename(dbPath + suffix, aside + suffix))
                return StorageError(StorageError::Kind::NotWritable,
                                    QStringLiteral("cannot move damaged file"), dbPath + suffix);
        }
        if (keptAs)
            *keptAs = aside;
    }

    StorageError error;
    {
        QSqlDatabase backup = ThreadConnection::get(source, ThreadConnection::Mode::ReadOnly);
        error =
            backup.isOpen() ? vacuumInto(backup, dbPath) : StorageError::fromSql(backup.lastError(), source);
    }
    ThreadConnection::release(source);
    if (!error)
        qCInfo(lcBackups) << "restored" << source << "into" << dbPath;
    return error;
}

} // namespace ChoPhien
