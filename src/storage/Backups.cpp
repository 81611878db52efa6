#include "Backups.h"

#include "StopRequest.h"
#include "ThreadConnection.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

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

// A backup's name: workspace-<yyyyMMdd-HHmmss>-<reason>[-<n>].db, where n (from 2) numbers the
// backups made within the same second, whatever their reason.
constexpr qsizetype kStampStart = 10; // after "workspace-"
constexpr qsizetype kStampLength = 15;
constexpr qsizetype kReasonStart = kStampStart + kStampLength + 1;

QString stampOf(const QString& path)
{
    return QFileInfo(path).completeBaseName().mid(kStampStart, kStampLength);
}

// The reason with its counter, e.g. "manual-3"; and that counter (1 when there is none).
QString reasonPartOf(const QString& path)
{
    return QFileInfo(path).completeBaseName().mid(kReasonStart);
}
int counterOf(const QString& path)
{
    const QString rest = reasonPartOf(path);
    const qsizetype dash = rest.lastIndexOf(u'-');
    bool ok = false;
    const int n = dash > 0 ? rest.mid(dash + 1).toInt(&ok) : 0;
    return ok && n >= 2 ? n : 1;
}

StorageError vacuumInto(QSqlDatabase& db, const QString& target, StopRequest* stop = nullptr)
{
    QSqlQuery q(db);
    bool done = false;
    {
        const StopRequest::Watch watch(stop, db);
        done = !(stop && stop->isStopped()) && q.exec(QStringLiteral("VACUUM INTO ") + quoted(target));
    }
    if (done)
        return {};
    if (stop && stop->isStopped()) {
        QFile::remove(target);
        return StorageError(StorageError::Kind::Failed, QStringLiteral("backup stopped"), target);
    }
    QFile::remove(target); // a half-written copy is worse than none
    return StorageError::fromSql(q.lastError(), target);
}

} // namespace

QString Backups::create(const Workspace& workspace, const QString& reason, StorageError* error)
{
    return create(workspace.folder(), workspace.clock(), reason, error);
}

QString Backups::create(const QString& workspaceFolder, const Clock& clock, const QString& reason,
                        StorageError* error, StopRequest* stop)
{
    const QString folder = backupsFolder(workspaceFolder);
    QDir().mkpath(folder);
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Numbered after the backups already made in this second, so names sort in the order made.
    const QDir dir(folder);
    QString target;
    for (qsizetype n =
             dir.entryList({QStringLiteral("workspace-%1-*.db").arg(stamp)}, QDir::Files).size() + 1;
         target.isEmpty() || QFileInfo::exists(target); ++n) {
        target = dir.filePath(n == 1 ? QStringLiteral("workspace-%1-%2.db").arg(stamp, reason)
                                     : QStringLiteral("workspace-%1-%2-%3.db").arg(stamp, reason).arg(n));
    }

    // A read-only connection of this thread's own, released at once: a backup holds neither the
    // workspace's lock nor a connection that would outlive it.
    const QString dbPath = QDir(workspaceFolder).filePath(Workspace::databaseFileName());
    StorageError result;
    {
        QSqlDatabase db = ThreadConnection::get(dbPath, ThreadConnection::Mode::ReadOnly);
        result = db.isOpen() ? vacuumInto(db, target, stop) : StorageError::fromSql(db.lastError(), dbPath);
    }
    ThreadConnection::release(dbPath, ThreadConnection::Mode::ReadOnly);
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
    QStringList names = dir.entryList({QStringLiteral("workspace-*.db")}, QDir::Files, QDir::Name);
    for (QString& name : names)
        name = dir.filePath(name);
    // By time stamp, then by the counter of backups made in the same second ("-10" after "-9").
    std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const QString stampA = stampOf(a);
        const QString stampB = stampOf(b);
        if (stampA != stampB)
            return stampA > stampB;
        const int counterA = counterOf(a);
        const int counterB = counterOf(b);
        return counterA != counterB ? counterA > counterB : a > b;
    });
    return names;
}

QString Backups::latest(const QString& workspaceFolder)
{
    const QStringList all = list(workspaceFolder);
    return all.isEmpty() ? QString() : all.first();
}

QDateTime Backups::madeAt(const QString& backupPath)
{
    const QString stamp = stampOf(backupPath);
    // Read as UTC from the start: a local time could fall in a daylight-saving gap.
    return QDateTime(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                     QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
}

bool Backups::isDue(const QString& workspaceFolder, const Clock& clock, int maxAgeHours)
{
    const QString newest = latest(workspaceFolder);
    if (newest.isEmpty())
        return true;
    const QDateTime at = madeAt(newest);
    return !at.isValid() || at.secsTo(clock.now()) > qint64(maxAgeHours) * 3600;
}

void Backups::prune(const QString& workspaceFolder, const QString& reason, int keep)
{
    int seen = 0;
    for (const QString& path : list(workspaceFolder)) {
        // "daily" or "daily-<n>", but not "before-v2" for "before".
        const QString rest = reasonPartOf(path);
        const bool numbered = rest.startsWith(reason + u'-') && counterOf(path) >= 2 &&
                              rest.size() == reason.size() + 1 + QString::number(counterOf(path)).size();
        if (rest != reason && !numbered)
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
