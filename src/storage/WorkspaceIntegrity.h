#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

namespace ChoPhien {

class StopRequest;

// SQLite's check that a workspace file is whole (PRAGMA quick_check). It reads every page of every
// table and index, so it costs time in proportion to the file: 1.4–6 s for a 100,000-product
// workspace (557 MB). Workspace::open makes it only for files up to kCheckAtOpenLimit; the desktop app checks
// a larger one on a worker thread, before its daily backup (docs/adr/0011-integrity-check.md).
class WorkspaceIntegrity final {
public:
    // Where the check at open stays under ~100 ms on an old PC (ADR 0011: 26–34 ms for 16 MB on this
    // 2-core machine when quiet, 92 ms on a first run, 106–188 ms under four builds): about 3,000
    // demo products with their stock history. A cooperative's catalogue of a few hundred products
    // stays below it for a long while.
    static constexpr qint64 kCheckAtOpenLimit = 16 * 1024 * 1024;

    // What a whole check reads: the database file and its write-ahead log.
    static qint64 bytesToCheck(const QString& databasePath);
    static bool isCheckedAtOpen(const QString& databasePath)
    {
        return bytesToCheck(databasePath) <= kCheckAtOpenLimit;
    }

    // The whole-file check through a read-only connection of the calling thread's own, released
    // afterwards (any thread; another connection may be writing meanwhile). No error when the file is
    // whole; Damaged with SQLite's first complaint when it is not; a stopped check (see wasStopped())
    // or an unreadable file give other errors.
    static StorageError check(const QString& databasePath, StopRequest* stop = nullptr);
    // The same on a connection already open.
    static StorageError check(QSqlDatabase db, StopRequest* stop = nullptr);
    // The least a workspace needs to be worked on: its schema (sqlite_master) read and parsed. Reads
    // a few pages whatever the size.
    static StorageError checkSchema(QSqlDatabase db);

    // True when `error` only says that a StopRequest stopped the check.
    static bool wasStopped(const StorageError& error);
};

} // namespace ChoPhien
