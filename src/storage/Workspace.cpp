#include "Workspace.h"

#include "Backups.h"
#include "ClerkRepository.h"
#include "Migrations.h"
#include "ThreadConnection.h"
#include "WorkspaceIntegrity.h"
#include "WriteTransaction.h"

#include <core/Ids.h>
#include <core/VietnameseText.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStorageInfo>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcWorkspace, "chophien.storage.workspace")

const QString kLockName = QStringLiteral("workspace.lock");

struct Locking {
    std::unique_ptr<QLockFile> lock;
    StorageError error;
};

// A file in `folder` could not be written: a full disk says so, anything else is a permission problem.
StorageError::Kind writeFailure(const QString& folder)
{
    return QStorageInfo(folder).bytesAvailable() < 64 * 1024 ? StorageError::Kind::DiskFull
                                                             : StorageError::Kind::NotWritable;
}

Locking lockFolder(const QString& folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(kLockName));
    lock->setStaleLockTime(0); // only a lock whose process has died is stale
    if (lock->tryLock(0))
        return {std::move(lock), {}};
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return {nullptr, StorageError(StorageError::Kind::Locked,
                                      QStringLiteral("%1, PID %2, %3").arg(app).arg(pid).arg(host), folder)};
    }
    return {nullptr, StorageError(writeFailure(folder), QStringLiteral("cannot create lock file"), folder)};
}

// An SQLite file starts with these 16 bytes; checking them first means a foreign file is never
// handed to SQLite at all.
StorageError checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError(StorageError::Kind::NotWritable, file.errorString(), path);
    const QByteArray header = file.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return StorageError(StorageError::Kind::NotADatabase, QStringLiteral("no SQLite header"), path);
    return {};
}

// Version, schema and (when `integrity` and the size ask for it) the whole file, read through a
// read-only connection so a refused file is never changed. SQLite may create empty -wal/-shm files
// beside a WAL database even for a read-only connection; those it created are removed again (the
// lock file guarantees no other process is using them).
StorageError inspect(const QString& path, Workspace::IntegrityAtOpen integrity, bool* checkedWhole)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    // Measured before the connection could add a -wal of its own.
    const bool small = WorkspaceIntegrity::isCheckedAtOpen(path);
    auto removeCreatedSideFiles = qScopeGuard([&] {
        if (!hadWal && QFileInfo(wal).exists() && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            if (!hadShm)
                QFile::remove(shm);
        }
    });
    StorageError error;
    {
        QSqlDatabase db = ThreadConnection::get(path, ThreadConnection::Mode::ReadOnly);
        if (!db.isOpen()) {
            error = StorageError::fromSql(db.lastError(), path);
        } else {
            const int version = Migrations::currentVersion(db);
            if (version < 0) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA user_version"));
                error = StorageError::fromSql(q.lastError(), path);
                if (!error)
                    error =
                        StorageError(StorageError::Kind::Damaged, QStringLiteral("unreadable header"), path);
            } else if (version > Migrations::latestVersion()) {
                error = StorageError(
                    StorageError::Kind::NewerVersion,
                    QStringLiteral("schema %1 > %2").arg(version).arg(Migrations::latestVersion()), path);
            } else {
                using Integrity = Workspace::IntegrityAtOpen;
                const bool whole = integrity == Integrity::Always || version < Migrations::latestVersion() ||
                                   (integrity == Integrity::BySize && small);
                error = whole ? WorkspaceIntegrity::check(db) : WorkspaceIntegrity::checkSchema(db);
                *checkedWhole = whole;
            }
        }
    }
    ThreadConnection::release(path);
    return error;
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Writes a new workspace database at `path`: the schema, the workspace's identity and its first clerk.
StorageError build(const QString& path, const QString& folder, const QString& firstClerkName,
                   const Clock& clock)
{
    QSqlDatabase db = ThreadConnection::get(path);
    if (!db.isOpen())
        return StorageError::fromSql(db.lastError(), path);
    if (StorageError error = Migrations::migrate(db))
        return error;

    const Clerk clerk = Clerk::create(firstClerkName, QString(), clock.now());
    WriteTransaction tx(db, Actor{clerk.id}, clock);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("id"), Ids::newId()},
        {QStringLiteral("name"), VietnameseText::normalized(QFileInfo(folder).fileName())},
        {QStringLiteral("created_at"), tx.now()},
    };
    for (const auto& [key, value] : meta) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            tx.fail(q.lastError());
    }
    ClerkRepository::add(tx, clerk);
    tx.audit(QStringLiteral("create"), QStringLiteral("workspace"), {});
    tx.commit();
    return tx.error();
}

} // namespace

Workspace::Workspace(QString folder, std::unique_ptr<QLockFile> lock, const Clock& clock, bool checkedWhole)
    : m_folder(std::move(folder))
    , m_lock(std::move(lock))
    , m_clock(clock)
    , m_checkedWhole(checkedWhole)
{}

Workspace::~Workspace()
{
    ThreadConnection::release(databasePath());
}

bool Workspace::holdsWorkspace(const QString& folder)
{
    return QFileInfo::exists(QDir(folder).filePath(databaseFileName()));
}

QString Workspace::databasePath() const
{
    return QDir(m_folder).filePath(databaseFileName());
}
QString Workspace::photosPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("photos"));
}
QString Workspace::backupsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("backups"));
}
QString Workspace::logsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("logs"));
}

QSqlDatabase Workspace::database() const
{
    return ThreadConnection::get(databasePath());
}

Workspace::Result Workspace::create(const QString& folderIn, const QString& firstClerkName,
                                    const Clock& clock)
{
    const QString folder = QDir::cleanPath(QDir(folderIn).absolutePath());
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return {nullptr,
                StorageError(StorageError::Kind::NotWritable, QStringLiteral("not a folder"), folder)};
    if (holdsWorkspace(folder))
        return {nullptr, StorageError(StorageError::Kind::AlreadyWorkspace, {}, folder)};
    if (!QDir().mkpath(folder))
        return {nullptr, StorageError(StorageError::Kind::NotWritable, QStringLiteral("cannot create folder"),
                                      folder)};

    Locking locking = lockFolder(folder);
    if (locking.error)
        return {nullptr, locking.error};

    std::unique_ptr<Workspace> workspace(new Workspace(folder, std::move(locking.lock), clock, true));
    // The database is built under a temporary name and renamed into place only when it is whole
    // (schema, identity, first clerk), so a crash or kill part way never leaves a workspace.db that is
    // not a workspace. What such a crash left of an earlier attempt is cleared first: the lock is ours.
    const QString dbPath = workspace->databasePath();
    const QString buildPath = dbPath + QStringLiteral(".new");
    removeDatabaseFiles(buildPath);
    auto discard = [&](StorageError error) -> Result {
        ThreadConnection::release(buildPath);
        removeDatabaseFiles(buildPath);
        workspace.reset(); // frees the lock
        qCWarning(lcWorkspace) << "workspace creation failed:" << error.code() << error.detail();
        return {nullptr, std::move(error)};
    };

    for (const QString& sub : {workspace->photosPath(), workspace->backupsPath(), workspace->logsPath()}) {
        if (!QDir().mkpath(sub))
            return discard(
                StorageError(StorageError::Kind::NotWritable, QStringLiteral("cannot create"), sub));
    }
    if (StorageError error = build(buildPath, folder, firstClerkName, clock))
        return discard(error);
    // Closing the only connection checkpoints the WAL into the file and removes it; the file is then
    // complete on its own and can be renamed.
    ThreadConnection::release(buildPath);
    if (QFileInfo::exists(buildPath + QStringLiteral("-wal")))
        return discard(
            StorageError(writeFailure(folder), QStringLiteral("cannot finish the new database"), buildPath));
    QFile::remove(buildPath + QStringLiteral("-shm"));
    if (!QFile::rename(buildPath, dbPath))
        return discard(
            StorageError(StorageError::Kind::NotWritable, QStringLiteral("cannot rename"), dbPath));
    qCInfo(lcWorkspace) << "created workspace" << folder;
    return {std::move(workspace), {}};
}

Workspace::Result Workspace::open(const QString& folderIn, const Clock& clock, IntegrityAtOpen integrity)
{
    const QString folder = QDir::cleanPath(QDir(folderIn).absolutePath());
    if (!QFileInfo(folder).isDir())
        return {nullptr, StorageError(StorageError::Kind::FolderMissing, {}, folder)};
    if (!holdsWorkspace(folder))
        return {nullptr, StorageError(StorageError::Kind::NotAWorkspace, {}, folder)};

    Locking locking = lockFolder(folder);
    if (locking.error)
        return {nullptr, locking.error};

    const QString dbPath = QDir(folder).filePath(databaseFileName());
    if (StorageError error = checkHeader(dbPath))
        return {nullptr, error};
    bool checkedWhole = false;
    if (StorageError error = inspect(dbPath, integrity, &checkedWhole))
        return {nullptr, error};

    std::unique_ptr<Workspace> workspace(new Workspace(folder, std::move(locking.lock), clock, checkedWhole));
    QSqlDatabase db = workspace->database();
    if (!db.isOpen())
        return {nullptr, StorageError::fromSql(db.lastError(), dbPath)};

    const int version = Migrations::currentVersion(db);
    if (version < Migrations::latestVersion()) {
        QDir().mkpath(workspace->backupsPath());
        StorageError backupError;
        Backups::create(*workspace, QStringLiteral("before-v%1").arg(Migrations::latestVersion()),
                        &backupError);
        if (backupError)
            return {nullptr, backupError}; // never migrate without a way back
        if (StorageError error = Migrations::migrate(db))
            return {nullptr, error};
    }
    for (const QString& sub : {workspace->photosPath(), workspace->backupsPath(), workspace->logsPath()})
        QDir().mkpath(sub);
    qCInfo(lcWorkspace) << "opened workspace" << folder << "schema" << Migrations::latestVersion()
                        << (checkedWhole ? "checked whole" : "whole-file check left for later");
    return {std::move(workspace), {}};
}

QString Workspace::meta(const QString& key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString Workspace::id() const
{
    return meta(QStringLiteral("id"));
}

QString Workspace::name() const
{
    return meta(QStringLiteral("name"));
}

bool Workspace::isDemo() const
{
    return meta(QStringLiteral("demo")) == u"1";
}

StorageError Workspace::markAsDemo(const QString& clerkId)
{
    return setMeta(clerkId, QStringLiteral("demo"), QStringLiteral("1"));
}

StorageError Workspace::setName(const QString& clerkId, const QString& name)
{
    const QString clean = VietnameseText::normalized(name);
    if (clean.isEmpty())
        return StorageError(StorageError::Kind::Failed, QStringLiteral("empty name"));
    return setMeta(clerkId, QStringLiteral("name"), clean);
}

StorageError Workspace::setMeta(const QString& clerkId, const QString& key, const QString& value)
{
    WriteTransaction tx(database(), Actor{clerkId}, m_clock);
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        tx.fail(q.lastError());
    tx.audit(QStringLiteral("set_") + key, QStringLiteral("workspace"), {}, value);
    tx.commit();
    return tx.error();
}

} // namespace ChoPhien
