#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// Running a prepared statement and reading its rows, for the sandbox's record classes: an SQL
// error is logged in the caller's category and reported through `ok`.
namespace ChoPhien::SqlRows {

inline bool run(QSqlQuery& q, const QLoggingCategory& category)
{
    if (q.exec())
        return true;
    qCWarning(category) << q.lastQuery() << "failed:" << q.lastError().text();
    return false;
}

// The first row read with `read`, or nullopt; the statement is finished for its next use.
template <typename Read> auto one(QSqlQuery& q, const QLoggingCategory& category, Read read, bool& ok)
{
    ok = run(q, category);
    std::optional<decltype(read(q))> row;
    if (ok && q.next())
        row = read(q);
    q.finish();
    return row;
}

// Every row read with `read`.
template <typename Read> auto all(QSqlQuery& q, const QLoggingCategory& category, Read read, bool& ok)
{
    ok = run(q, category);
    QList<decltype(read(q))> rows;
    while (ok && q.next())
        rows.append(read(q));
    q.finish();
    return rows;
}

// Whether the statement gives a row.
inline bool any(QSqlQuery& q, const QLoggingCategory& category, bool& ok)
{
    ok = run(q, category);
    const bool found = ok && q.next();
    q.finish();
    return found;
}

} // namespace ChoPhien::SqlRows
