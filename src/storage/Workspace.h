#pragma once

#include "StorageError.h"

#include <core/Clock.h>

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ChoPhien {

// One workspace is one folder: workspace.db (SQLite), photos/, backups/, logs/, and a lock file that
// keeps a second Chợ Phiên process from writing the same workspace. An open Workspace holds the lock.
class Workspace final {
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    struct Result {
        std::unique_ptr<Workspace> workspace;
        StorageError error;
    };

    // Makes a new workspace in `folder` (created if missing, must not hold one already) with a first
    // clerk profile. On failure nothing of the new workspace is left behind.
    static Result create(const QString& folder, const QString& firstClerkName,
                         const Clock& clock = Clock::system());

    // Opens an existing workspace: refuses (changing nothing) a locked, damaged, foreign or newer one;
    // backs up an older one, then migrates it to the current schema.
    static Result open(const QString& folder, const Clock& clock = Clock::system());

    static bool holdsWorkspace(const QString& folder);
    static QString databaseFileName() { return QStringLiteral("workspace.db"); }

    ~Workspace();

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString photosPath() const;
    QString backupsPath() const;
    QString logsPath() const;

    // The calling thread's read-write connection (threads each get their own).
    QSqlDatabase database() const;
    const Clock& clock() const { return m_clock; }

    QString id() const;
    QString name() const;
    bool isDemo() const;
    StorageError markAsDemo(const QString& clerkId);
    StorageError setName(const QString& clerkId, const QString& name);

private:
    StorageError setMeta(const QString& clerkId, const QString& key, const QString& value);
    Workspace(QString folder, std::unique_ptr<QLockFile> lock, const Clock& clock);
    QString meta(const QString& key) const;

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    const Clock& m_clock;
};

} // namespace ChoPhien
