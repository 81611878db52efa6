#pragma once

#include <QString>

namespace ChoPhien::Test {

// Damage SQLite's whole-file check finds but opening a workspace does not: garbage over the root page
// of `table` in the closed database at `dbPath`. Its header and schema stay readable.
bool damageTable(const QString& dbPath, const QString& table);

// Makes the closed database at `dbPath` larger than `bytes` (a real SQLite file: a table of zeros
// beside the workspace's own), so the whole-file check at open is left for later
// (WorkspaceIntegrity::kCheckAtOpenLimit) without generating thousands of products.
bool growPast(const QString& dbPath, qint64 bytes);

} // namespace ChoPhien::Test
