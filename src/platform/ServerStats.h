#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ChoPhien {

class PlatformStore;

// The sandbox's counters for GET /admin/stats: requests and responses since start (in memory),
// and the current totals of its data, each read by a count callback its owner registers (a task
// that adds a table adds its count; a count nobody registered reads 0).
class ServerStats final {
    Q_DISABLE_COPY_MOVE(ServerStats)

public:
    // nullopt on an SQL error.
    using Count = std::function<std::optional<qint64>()>;

    explicit ServerStats(QDateTime startedAt)
        : m_startedAt(std::move(startedAt))
    {}

    QDateTime startedAt() const { return m_startedAt; }

    void countRequest() { ++m_requests; }
    void countResponse(int status) { ++m_responses[status]; }
    qint64 requests() const { return m_requests; }
    const QMap<int, qint64>& responsesByStatus() const { return m_responses; }

    // `name` is the Stats field ("products", "orders", …).
    void addCount(const QString& name, Count count) { m_counts.append({name, std::move(count)}); }
    // A count that runs `sql` (one row, one integer column).
    static Count sqlCount(PlatformStore& store, const QString& sql);
    // The registered count of `name`: 0 when none is registered, nullopt on an error.
    std::optional<qint64> count(const QString& name) const;

private:
    QDateTime m_startedAt;
    qint64 m_requests = 0;
    QMap<int, qint64> m_responses;
    QList<QPair<QString, Count>> m_counts;
};

} // namespace ChoPhien
