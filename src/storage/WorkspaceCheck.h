#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace ChoPhien {

// A full health check of an open workspace (chophien-cli check): SQLite integrity of the whole file
// (PRAGMA integrity_check, whatever the size), foreign keys, schema version. Slower than the quick
// check Workspace::open makes on small files.
struct WorkspaceCheckReport {
    bool ok = false;
    bool damaged = false; // SQLite found the file itself damaged (not only a rule of the data broken)
    int schemaVersion = -1;
    int latestSchemaVersion = -1;
    QStringList problems; // one line each, empty when ok
    qint64 products = 0;
    qint64 clerks = 0;
    qint64 auditEntries = 0;
};

class WorkspaceCheck final {
public:
    static WorkspaceCheckReport run(QSqlDatabase db);
};

} // namespace ChoPhien
