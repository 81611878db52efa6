#include "ServerStats.h"

#include "PlatformStore.h"

#include <QSqlQuery>

namespace ChoPhien {

ServerStats::Count ServerStats::sqlCount(PlatformStore& store, const QString& sql)
{
    return [&store, sql]() -> std::optional<qint64> {
        QSqlQuery q(store.database());
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
}

std::optional<qint64> ServerStats::count(const QString& name) const
{
    for (const auto& [countName, read] : m_counts) {
        if (countName == name)
            return read();
    }
    return 0;
}

} // namespace ChoPhien
