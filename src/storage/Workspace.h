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

    // How much of the file open() reads to know it is whole (docs/adr/0011-integrity-check.md).
    // Header, schema version and schema are always read; an older schema always gets the whole check,
    // since it is backed up and migrated.
    enum class IntegrityAtOpen {
        BySize,   // SQLite's whole-file check when the file is at most WorkspaceIntegrity::
                  // kCheckAtOpenLimit; a larger one is left for the caller (isCheckedWhole() false)
        Always,   // the whole-file check whatever the size (before a backup)
        Deferred, // never: the caller checks the whole file itself (chophien-cli check)
    };

    // Opens an existing workspace: refuses (changing nothing) a locked, damaged, foreign or newer one;
    // backs up an older one, then migrates it to the current schema.
    static Result open(const QString& folder, const Clock& clock = Clock::system(),
                       IntegrityAtOpen integrity = IntegrityAtOpen::BySize);

    static bool holdsWorkspace(const QString& folder);
    static QString databaseFileName() { return QStringLiteral("workspace.db"); }

    ~Workspace();

    // False when open() read only the header and schema (a large file): damage elsewhere in the file
    // is not known yet, and the whole-file check (WorkspaceIntegrity::check) is the caller's to make.
    bool isCheckedWhole() const { return m_checkedWhole; }

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
    Workspace(QString folder, std::unique_ptr<QLockFile> lock, const Clock& clock, bool checkedWhole);
    QString meta(const QString& key) const;

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    const Clock& m_clock;
    bool m_checkedWhole;
};

} // namespace ChoPhien
