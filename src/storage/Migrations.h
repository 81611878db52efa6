#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ChoPhien {

// Numbered schema migrations (src/storage/migrations/NNNN_name.sql, compiled in as resources).
// The database's PRAGMA user_version is the number of the last one applied. Each migration runs in
// its own BEGIN IMMEDIATE transaction together with the user_version bump, so a failure leaves the
// database exactly at the previous version.
class Migrations final {
public:
    static int latestVersion();
    static QStringList scriptNames(); // in order; scriptNames()[i] takes the schema to version i + 1

    // Reads user_version; returns -1 on failure.
    static int currentVersion(QSqlDatabase& db);

    // Applies every migration above the current version, up to `target`.
    static StorageError migrate(QSqlDatabase& db, int target = latestVersion());

    // Splits a script into complete SQL statements (uses SQLite's own notion of "complete").
    static QStringList splitStatements(const QString& script);
};

} // namespace ChoPhien
