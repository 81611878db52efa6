#pragma once

#include <QList>
#include <QStringList>

namespace ChoPhien::PlatformSchema {

// The sandbox database's migrations: entry i brings the schema from version i to i + 1
// (PRAGMA user_version). Append only; never edit one that has shipped.
const QList<QStringList>& migrations();

} // namespace ChoPhien::PlatformSchema
