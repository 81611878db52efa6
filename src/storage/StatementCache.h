#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <vector>

namespace ChoPhien {

// Prepared statements kept for reuse on one connection, keyed by their SQL text, for as long as the
// cache lives: a WriteTransaction holds one, so a batch of writes prepares each statement once instead
// of once per row (docs/adr/0012-statement-cache.md). While it lives it is the connection's active cache
// in this thread, and every Statement made on that connection is taken from it — reads through
// QSqlDatabase included. Connections are per thread (ThreadConnection), and so is the cache.
class StatementCache final {
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();

    // The active cache of `db`'s connection in this thread, or null.
    static StatementCache* active(const QSqlDatabase& db);

    // How many statements were prepared, and how many uses found one ready (for tests).
    int prepared() const { return m_prepared; }
    int reused() const { return m_reused; }

private:
    friend class Statement;
    struct Entry {
        explicit Entry(const QSqlDatabase& db)
            : query(db)
        {}
        QSqlQuery query;
        bool inUse = false;
    };
    static std::shared_ptr<Entry> prepare(const QSqlDatabase& db, const QString& sql);
    std::shared_ptr<Entry> take(const QString& sql);

    QSqlDatabase m_db;
    QString m_connection;
    // Several per text when a statement is used again while still in use (a nested call).
    QHash<QString, std::vector<std::shared_ptr<Entry>>> m_entries;
    int m_prepared = 0;
    int m_reused = 0;
};

// One prepared SQL statement, used like a QSqlQuery (`q->addBindValue(…)`, `q->exec()`, `q->next()`).
// It comes from the connection's active StatementCache when there is one, else it is prepared for this
// use only. Forward-only. Its result is released (and the statement handed back) when it goes out of
// scope, so a reused statement never holds a read open.
class Statement final {
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();

    QSqlQuery& operator*() { return m_entry->query; }
    QSqlQuery* operator->() { return &m_entry->query; }

private:
    std::shared_ptr<StatementCache::Entry> m_entry;
};

} // namespace ChoPhien
