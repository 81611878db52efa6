#pragma once

#include "StorageError.h"

#include <core/Clock.h>

#include <QDateTime>
#include <QStringList>

namespace ChoPhien {

class StopRequest;
class Workspace;

// Backups of workspace.db in <workspace>/backups, made with VACUUM INTO (a consistent copy taken
// through SQLite, never a file copy of a live database). Names sort by time:
// workspace-20261123-101500-daily.db.
class Backups final {
public:
    // Writes a backup from the calling thread's connection; returns its path or an empty string.
    static QString create(const Workspace& workspace, const QString& reason, StorageError* error = nullptr);
    // The same by folder, for background work that must not keep the Workspace (and its lock) alive;
    // `stop` may end it early (nothing is left of the unfinished copy).
    static QString create(const QString& workspaceFolder, const Clock& clock, const QString& reason,
                          StorageError* error = nullptr, StopRequest* stop = nullptr);

    // Newest first.
    static QStringList list(const QString& workspaceFolder);
    static QString latest(const QString& workspaceFolder);
    // When a backup was made (from its name, so a copied folder keeps its backups' times); invalid
    // for a name that is not a backup's.
    static QDateTime madeAt(const QString& backupPath);

    // True when the newest backup is older than `maxAgeHours` (or there is none).
    static bool isDue(const QString& workspaceFolder, const Clock& clock, int maxAgeHours = 20);

    // Keeps the newest `keep` backups made for `reason` and deletes older ones.
    static void prune(const QString& workspaceFolder, const QString& reason, int keep);

    // Replaces a damaged workspace.db with the newest backup. The workspace must not be open. The
    // damaged file is renamed (never overwritten or deleted) to workspace.db.damaged-<time>; its name
    // is returned in keptAs.
    static StorageError restoreLatest(const QString& workspaceFolder, const Clock& clock,
                                      QString* keptAs = nullptr);
};

} // namespace ChoPhien
